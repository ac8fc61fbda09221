package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionKeysTest {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String OTHER_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @TempDir
    Path dataDir;

    @Test
    void without_a_configured_key_one_is_generated_into_the_data_folder_readable_by_its_owner_only() throws Exception {
        Path file = dataDir.resolve("encryption.key");

        EncryptionKeys keys = new EncryptionKeys(new EncryptionProperties("", "", file));

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(keys.current().id()).hasSize(8);
        assertThat(dataDir.toFile().list()).containsExactly("encryption.key");
    }

    @Test
    void a_generated_key_is_generated_once_and_read_again_on_every_later_start() throws Exception {
        Path file = dataDir.resolve("nested/encryption.key");
        EncryptionKeys first = new EncryptionKeys(new EncryptionProperties("", "", file));
        String written = Files.readString(file);

        EncryptionKeys second = new EncryptionKeys(new EncryptionProperties("", "", file));

        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(second.current().id()).isEqualTo(first.current().id());
    }

    @Test
    void a_configured_key_is_used_and_no_file_is_written() {
        Path file = dataDir.resolve("encryption.key");

        EncryptionKeys keys = new EncryptionKeys(new EncryptionProperties(KEY, "", file));

        assertThat(file).doesNotExist();
        assertThat(keys.current().id()).isEqualTo(EncryptionKey.parse(KEY, "test").id());
        assertThat(keys.previous()).isEmpty();
    }

    @Test
    void the_previous_key_is_known_by_its_id_and_the_same_key_twice_is_no_previous_key() {
        EncryptionKeys rotating = new EncryptionKeys(new EncryptionProperties(KEY, OTHER_KEY, dataDir.resolve("k")));
        EncryptionKeys same = new EncryptionKeys(new EncryptionProperties(KEY, KEY, dataDir.resolve("k")));

        String previousId = EncryptionKey.parse(OTHER_KEY, "test").id();
        assertThat(rotating.byId(previousId)).isPresent();
        assertThat(same.previous()).isEmpty();
        assertThat(same.byId(previousId)).isEmpty();
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_naming_the_setting_but_never_the_value() {
        String short16 = Base64.getEncoder().encodeToString("sixteen-bytes-ab".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties(short16, "", dataDir.resolve("k"))))
                .hasMessageContaining("KEYDESK_ENCRYPTION_KEY").hasMessageContaining("32 bytes")
                .hasMessageNotContaining(short16);
    }

    @Test
    void a_previous_key_that_is_not_base64_is_refused_naming_its_setting_but_never_the_value() {
        assertThatThrownBy(() -> new EncryptionKeys(new EncryptionProperties(KEY, "not base64 at all!", dataDir.resolve("k"))))
                .hasMessageContaining("KEYDESK_ENCRYPTION_KEY_PREVIOUS").hasMessageNotContaining("not base64 at all!");
    }

    @Test
    void the_string_form_of_a_key_shows_its_id_only() {
        EncryptionKey key = EncryptionKey.parse(KEY, "test");

        assertThat(key.toString()).isEqualTo("EncryptionKey[" + key.id() + "]").doesNotContain(KEY);
    }
}
