package dev.keydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.keydesk.base.replica.SynchronousCommit;
import org.junit.jupiter.api.Test;

/**
 * Every transaction that creates a key or changes whether or how one may be used waits for the replicas
 * ({@link SynchronousCommit}): the list below is the whole set, and every write of that kind sits in a method
 * that asks to wait or checks that its transaction did.
 */
class KeyUseChangesTest {

    /** The transactions that change a key's use, and why each does. */
    private static final Set<String> WAITING_FOR_REPLICAS = Set.of(
            "ApiKeyService.generate",                 // a key shown must verify on every replica at once
            "ApiKeyService.changeAccess",             // permissions and allowed addresses
            "ApiKeyService.delete",
            "KeyRolls.roll",                          // new secret, old one ended (or given a grace end)
            "SupportKeyActions.deleteAsSupport",
            "SupportKeyActions.setExpirationAsSupport",
            "LeakReportService.process",              // deactivation of disclosed keys
            "SupportAccountActions.suspend",          // verification reads the account's status
            "SupportAccountActions.reactivate");

    /** The writes that change a key's use: owner class, and its methods. Renames and key limits are not among them. */
    private static final Map<String, Set<String>> KEY_USE_WRITES = Map.of(
            "dev.keydesk.apikey.ApiKeyRepository", Set.of("insert", "markDeleted", "rolled", "changeAccess",
                    "changeExpiration"),
            "dev.keydesk.apikey.KeySecrets", Set.of("addCurrent", "retire"),
            "dev.keydesk.apikey.KeyDeactivations", Set.of("deactivate"),
            "dev.keydesk.account.AccountService", Set.of("changeStatus"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.keydesk");

    @Test
    void exactly_the_listed_transactions_ask_to_wait_for_the_replicas() {
        assertThat(callersOf("remoteApply")).containsExactlyInAnyOrderElementsOf(WAITING_FOR_REPLICAS);
    }

    @Test
    void every_write_that_changes_a_keys_use_asks_or_checks_that_its_transaction_waits_for_the_replicas() {
        Set<String> guarded = new TreeSet<>(callersOf("remoteApply"));
        guarded.addAll(callersOf("requireRemoteApply"));
        Set<String> writers = CLASSES.stream()
                .flatMap(javaClass -> javaClass.getMethodCallsFromSelf().stream())
                .filter(KeyUseChangesTest::isKeyUseWrite)
                .map(call -> name(call.getOrigin()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(writers).isNotEmpty();
        assertThat(guarded).containsAll(writers);
    }

    @Test
    void the_writes_themselves_check_their_transaction() {
        assertThat(callersOf("requireRemoteApply")).contains("KeySecrets.addCurrent", "KeySecrets.retire",
                "KeyDeactivations.deactivate", "AccountService.changeStatus", "ApiKeyService.applyDelete");
    }

    private static boolean isKeyUseWrite(JavaMethodCall call) {
        Set<String> methods = KEY_USE_WRITES.get(call.getTargetOwner().getName());
        return methods != null && methods.contains(call.getName());
    }

    private static Set<String> callersOf(String method) {
        return CLASSES.get(SynchronousCommit.class).getMethod(method).getCallsOfSelf().stream()
                .map(call -> name(call.getOrigin()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(JavaCodeUnit codeUnit) {
        return codeUnit.getOwner().getSimpleName() + "." + codeUnit.getName();
    }
}
