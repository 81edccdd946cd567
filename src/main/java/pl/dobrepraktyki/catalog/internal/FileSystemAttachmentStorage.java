package pl.dobrepraktyki.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.AttachmentStorage;

/** Attachments as files under {@code ${bdp.data-dir}/files/}, two directory levels by key prefix. */
@Component
class FileSystemAttachmentStorage implements AttachmentStorage {

    private final Path root;

    FileSystemAttachmentStorage(@Value("${bdp.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "files").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
        try {
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        String uuid = UUID.fromString(key).toString(); // refuses anything that is not a UUID
        return root.resolve(uuid.substring(0, 2)).resolve(uuid);
    }
}
