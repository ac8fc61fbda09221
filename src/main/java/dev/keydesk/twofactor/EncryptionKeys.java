package dev.keydesk.twofactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The current encryption key and, during a rotation, the previous one. Without {@code KEYDESK_ENCRYPTION_KEY}
 * (only possible outside {@code prod}, which refuses to start without it) the key is generated once into
 * {@code keydesk.encryption.key-file}, readable by its owner only, and read from there on every later start.
 */
@Component
class EncryptionKeys {

    static final String KEY_SETTING = "KEYDESK_ENCRYPTION_KEY";
    static final String PREVIOUS_SETTING = "KEYDESK_ENCRYPTION_KEY_PREVIOUS";
    private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final EncryptionKey current;
    private final Optional<EncryptionKey> previous;

    EncryptionKeys(EncryptionProperties properties) {
        this.current = isBlank(properties.key()) ? fromFile(properties.keyFile())
                : EncryptionKey.parse(properties.key(), KEY_SETTING);
        Optional<EncryptionKey> old = isBlank(properties.previousKey()) ? Optional.empty()
                : Optional.of(EncryptionKey.parse(properties.previousKey(), PREVIOUS_SETTING));
        // The same key twice is a harmless slip (nothing to rotate), not a second key.
        this.previous = old.filter(key -> !key.id().equals(current.id()));
    }

    EncryptionKey current() {
        return current;
    }

    Optional<EncryptionKey> previous() {
        return previous;
    }

    /** The key with this id, if Keydesk has it. */
    Optional<EncryptionKey> byId(String id) {
        if (current.id().equals(id)) {
            return Optional.of(current);
        }
        return previous.filter(key -> key.id().equals(id));
    }

    static EncryptionKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return EncryptionKey.parse(Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the encryption key file " + file
                    + "; set " + KEY_SETTING + " or make its folder writable", e);
        }
    }

    /**
     * Writes a new key to a private temporary file and moves it into place, so nobody ever reads a half-written
     * key, and a key another process created meanwhile is kept rather than replaced.
     */
    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = privateTemporaryFile(folder);
        try {
            Files.writeString(temporary, EncryptionKey.generateBase64() + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file);
            log.info("Generated the encryption key for second-factor secrets in {} (back it up with the database; "
                    + "in production set {} instead)", file, KEY_SETTING);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            log.debug("Another process created {} first; using its key", file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path privateTemporaryFile(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, "encryption", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Path temporary = Files.createTempFile(folder, "encryption", ".tmp");
        var asFile = temporary.toFile();
        boolean restricted = asFile.setReadable(false, false) && asFile.setReadable(true, true)
                && asFile.setWritable(false, false) && asFile.setWritable(true, true);
        if (!restricted) {
            log.warn("Could not restrict {} to its owner; protect the folder {} instead", temporary, folder);
        }
        return temporary;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
