-- Two-factor sign-in (issue 14): which factor a sign-in attempt tried, so codes are throttled apart from
-- passwords (a right password must not reset the count of wrong codes), and an owner's requirement that
-- every member of the account uses two-factor sign-in. The same statements run on H2 and PostgreSQL.

-- PASSWORD: the first step; CODE: an authentication code (TOTP); RECOVERY_CODE: a one-time recovery code.
alter table sign_in_attempt add column factor varchar(16) default 'PASSWORD' not null;
alter table sign_in_attempt add constraint sign_in_attempt_factor_check
    check (factor in ('PASSWORD', 'CODE', 'RECOVERY_CODE'));

alter table account add column require_two_factor boolean default false not null;
