package dev.keydesk.support;

/** How the console may order customer accounts: only these, so no caller's text reaches the SQL. */
public enum AccountSort {
    NAME("lower(%1$s.name) %2$s, %1$s.id %2$s"),
    CREATED("%1$s.created_at %2$s, %1$s.id %2$s");

    private final String template;

    AccountSort(String template) {
        this.template = template;
    }

    /** The ORDER BY list for the given table alias; the id breaks ties so pages never overlap. */
    String orderBy(String alias, boolean descending) {
        return template.formatted(alias, descending ? "desc" : "asc");
    }
}
