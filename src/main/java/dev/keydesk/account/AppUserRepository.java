package dev.keydesk.account;

import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.data.InsertRepository;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AppUserRepository extends ListCrudRepository<AppUser, UUID>, InsertRepository<AppUser> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    @Query("select count(*) > 0 from app_user where staff_role = 'SUPPORT'")
    boolean existsSupportUser();

    /** {@code usernameKey} is lower-case (Username.key()); on PostgreSQL the lower(username) index answers. */
    @Query("select count(*) > 0 from app_user where lower(username) = :usernameKey")
    boolean usernameTaken(String usernameKey);

    /** {@code emailKey} is lower-case (EmailAddress.key()). */
    @Query("select count(*) > 0 from app_user where lower(email) = :emailKey")
    boolean emailUsed(String emailKey);

    /** The language the sign-up form was shown in, kept for mails until the person picks or shows another. */
    @Modifying
    @Query("update app_user set language = :language where id = :id")
    void keepLanguage(UUID id, String language);
}
