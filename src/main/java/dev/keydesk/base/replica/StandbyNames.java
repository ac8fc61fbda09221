package dev.keydesk.base.replica;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The primary's {@code synchronous_standby_names}, read and written. A replica may serve key lookups only
 * while every commit must wait for it, which is the case only when every standby listed is required:
 * {@code FIRST n (…)} or {@code ANY n (…)} with n equal to the number of names, and no {@code *}. With fewer
 * (e.g. {@code ANY 1 (a, b)}, or the bare list {@code a, b}, which means {@code FIRST 1}) a commit may return
 * before a lagging or disconnected replica has applied it, and that replica would still accept the key.
 */
record StandbyNames(int required, List<String> names) {

    private static final Pattern COUNTED = Pattern.compile("(?i)^(?:(FIRST|ANY)\\s+)?(\\d+)\\s*\\((.*)\\)$");

    StandbyNames {
        names = List.copyOf(names);
    }

    static StandbyNames parse(String setting) {
        String value = setting.trim();
        if (value.isEmpty()) {
            return new StandbyNames(0, List.of());
        }
        Matcher counted = COUNTED.matcher(value);
        if (counted.matches()) {
            return new StandbyNames(Integer.parseInt(counted.group(2)), split(counted.group(3)));
        }
        return new StandbyNames(1, split(value));
    }

    /** True when every commit waits for this standby, however the others fare. */
    boolean requires(String name) {
        return names.stream().noneMatch("*"::equals) && required == names.size() && contains(name);
    }

    boolean contains(String name) {
        return names.stream().anyMatch(listed -> listed.equalsIgnoreCase(name));
    }

    /** The same set with every standby required: the name added (or kept). */
    StandbyNames with(String name) {
        List<String> all = new ArrayList<>(names);
        if (!contains(name)) {
            all.add(name);
        }
        return new StandbyNames(all.size(), all);
    }

    StandbyNames without(String name) {
        List<String> rest = names.stream().filter(listed -> !listed.equalsIgnoreCase(name)).toList();
        return new StandbyNames(rest.size(), rest);
    }

    /** As {@code ALTER SYSTEM} takes it (a string literal's content, quotes not yet doubled). */
    String setting() {
        if (names.isEmpty()) {
            return "";
        }
        List<String> quoted = names.stream().map(name -> '"' + name.replace("\"", "\"\"") + '"').toList();
        return "FIRST " + required + " (" + String.join(", ", quoted) + ")";
    }

    private static List<String> split(String list) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < list.length() && list.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                add(names, current);
            } else {
                current.append(c);
            }
        }
        add(names, current);
        return names;
    }

    private static void add(List<String> names, StringBuilder current) {
        String name = current.toString().trim();
        if (!name.isEmpty()) {
            names.add(name);
        }
        current.setLength(0);
    }
}
