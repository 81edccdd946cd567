package pl.dobrepraktyki.exchange;

import java.io.IOException;
import java.io.InputStream;

/** A material to send: what it is and a way to open its content. */
public record MaterialDownload(MaterialView info, Opener content) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
