package dev.keydesk.support;

/** The order of the console's account list. */
public record AccountOrder(AccountSort by, boolean descending) {

    public static final AccountOrder BY_NAME = new AccountOrder(AccountSort.NAME, false);

    String orderBy(String alias) {
        return by.orderBy(alias, descending);
    }
}
