package dev.keydesk.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.text.DisplayText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' passwords, for the features that check or replace one (recent sign-in, password change and
 * reset). No actor is checked here: the callers decide whose password it is (the signed-in person's own,
 * or the holder of a reset link); never expose it to views.
 */
@Service
public class Credentials {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    Credentials(AppUserRepository users, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    /** Whether this is the password of this (enabled) user. */
    @Transactional(readOnly = true)
    public boolean matches(UUID userId, String rawPassword) {
        return users.findById(userId).filter(AppUser::enabled)
                .map(user -> passwordEncoder.matches(rawPassword, user.passwordHash())).orElse(false);
    }

    /** Replaces the user's password; the caller has checked it against the password policy. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replacePassword(UUID userId, String rawPassword) {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(passwordEncoder.encode(rawPassword), userId).update();
    }

    /**
     * The enabled users with an email address that a "Forgot password?" request names: the user of that
     * username, or the users of that email address (compared case-insensitively).
     */
    @Transactional(readOnly = true)
    public List<ResetRecipient> resetRecipients(String usernameOrEmail) {
        String typed = DisplayText.normalize(usernameOrEmail);
        if (typed.isEmpty() || typed.length() > EmailAddress.MAX_LENGTH || DisplayText.problem(typed).isPresent()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, username, email from app_user
                        where enabled and email is not null and (lower(username) = :key or lower(email) = :key)
                        order by username""")
                .param("key", typed.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new ResetRecipient(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("email")))
                .list();
    }

    /** The username of a user, for audit rows written where nobody is signed in (a reset link). */
    @Transactional(readOnly = true)
    public Optional<String> username(UUID userId) {
        return users.findById(userId).map(AppUser::username);
    }

    /** Who a password reset mail goes to. */
    public record ResetRecipient(UUID userId, String username, String email) {
    }
}
