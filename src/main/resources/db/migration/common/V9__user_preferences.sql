-- Issue 13: each user's language and colour scheme, so the shell opens in them and mails go out in the
-- user's language. language: a BCP 47 tag ('en', 'pt-BR'); language_chosen: picked in the user menu
-- (otherwise the language last seen in the browser, updated at each sign-in); color_scheme NULL follows
-- the operating system. A pending sign-up keeps the browser's language for its confirmation mail.
alter table app_user add column language varchar(16);
alter table app_user add column language_chosen boolean not null default false;
alter table app_user add column color_scheme varchar(8);
alter table app_user add constraint app_user_language_check check (language is null or language in ('en', 'pt-BR'));
alter table app_user add constraint app_user_color_scheme_check
    check (color_scheme is null or color_scheme in ('LIGHT', 'DARK'));
alter table pending_sign_up add column language varchar(16);
