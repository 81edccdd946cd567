package pl.dobrepraktyki.catalog;

import java.io.IOException;
import java.io.InputStream;

/** A file to send: its name, checked content type, size, and a way to open its content. */
public record AttachmentDownload(AttachmentInfo info, Opener content) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
