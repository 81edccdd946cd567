package pl.dobrepraktyki.catalog;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment files live. Keys are random UUIDs the catalog chooses; the storage never sees
 * a name a person gave. The filesystem implementation keeps them under {@code ${bdp.data-dir}/files};
 * an object store can replace it without changing anything else.
 */
public interface AttachmentStorage {

    /** Stores the content under the key (a new key each time). */
    void put(String key, InputStream content) throws IOException;

    /** The stored content; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the content; nothing happens for an unknown key. */
    void delete(String key) throws IOException;
}
