package dev.keydesk.account;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Valid sign-up forms that differ in every unique field, and what the tables hold. */
final class SignUpForms {

    static final String PASSWORD = "plum-velvet-harbour-42";

    private final JdbcClient jdbc;

    SignUpForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SignUp valid() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        // "Abacus" sorts before "Acme Corp" and "Globex": support tests that share this database and read the first
        // page in descending name order still find the demo accounts there.
        return new SignUp("Abacus Labs " + id, "owner-" + id + "@initech.example", "owner-" + id, PASSWORD, PASSWORD);
    }

    static SignUp withOrganization(String organization) {
        SignUp form = valid();
        return new SignUp(organization, form.email(), form.username(), PASSWORD, PASSWORD);
    }

    static SignUp withEmail(String email) {
        SignUp form = valid();
        return new SignUp(form.organization(), email, form.username(), PASSWORD, PASSWORD);
    }

    static SignUp withUsername(String username) {
        SignUp form = valid();
        return new SignUp(form.organization(), form.email(), username, PASSWORD, PASSWORD);
    }

    static SignUp withPasswords(String password, String confirm) {
        SignUp form = valid();
        return new SignUp(form.organization(), form.email(), form.username(), password, confirm);
    }

    /** Sign-up records of earlier tests would count towards this test's limit: each test starts afresh. */
    void forgetSignUpRecords() {
        jdbc.sql("delete from sign_up_record").update();
    }

    /** Accounts, users, pending sign-ups and sign-up records: a refused sign-up changes none of them. */
    String tableCounts() {
        return jdbc.sql("""
                select (select count(*) from account) || '/' || (select count(*) from app_user) || '/'
                    || (select count(*) from membership) || '/' || (select count(*) from pending_sign_up) || '/'
                    || (select count(*) from sign_up_record)""").query(String.class).single();
    }

    static SignUpRefusedException refusal(Runnable action) {
        try {
            action.run();
        } catch (SignUpRefusedException refused) {
            return refused;
        }
        throw new AssertionError("Sign-up was not refused");
    }
}
