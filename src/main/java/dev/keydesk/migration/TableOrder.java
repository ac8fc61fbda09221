package dev.keydesk.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Tables sorted so that every table comes after the tables its foreign keys point to. */
final class TableOrder {

    private TableOrder() {
    }

    /**
     * @param parents for each table, the tables it references (a reference to itself is ignored)
     * @throws MigrationRefusedException when the references form a cycle
     */
    static List<String> parentsFirst(Map<String, ? extends Collection<String>> parents) {
        Map<String, Set<String>> waitingFor = new TreeMap<>();
        parents.forEach((table, referenced) -> {
            Set<String> others = new TreeSet<>(referenced);
            others.remove(table);
            others.retainAll(parents.keySet());
            waitingFor.put(table, others);
        });
        List<String> order = new ArrayList<>();
        while (!waitingFor.isEmpty()) {
            List<String> ready = waitingFor.entrySet().stream().filter(entry -> entry.getValue().isEmpty())
                    .map(Map.Entry::getKey).toList();
            if (ready.isEmpty()) {
                throw new MigrationRefusedException("The foreign keys between " + waitingFor.keySet()
                        + " form a cycle; there is no order to copy them in.");
            }
            for (String table : ready) {
                waitingFor.remove(table);
                waitingFor.values().forEach(others -> others.remove(table));
                order.add(table);
            }
        }
        return order;
    }
}
