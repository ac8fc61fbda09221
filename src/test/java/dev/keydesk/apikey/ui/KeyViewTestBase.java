package dev.keydesk.apikey.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyRolls;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API Keys view driven without a browser, as the signed-in user of each test. Every test starts
 * and ends with an account without keys, so tests stay independent while sharing one Spring context.
 */
abstract class KeyViewTestBase extends BrowserlessTestBase {

    @Autowired
    ApiKeyService keys;

    @Autowired
    AccountService accounts;

    @Autowired
    KeyRolls rolls;

    @BeforeEach
    void startWithoutKeys() {
        deleteEveryKeyOfTheSignedInAccount();
    }

    @AfterEach
    void leaveNoKeys() {
        deleteEveryKeyOfTheSignedInAccount();
    }

    void deleteEveryKeyOfTheSignedInAccount() {
        listedKeys().forEach(key -> keys.delete(key.id()));
    }

    List<ApiKeySummary> listedKeys() {
        return keys.listKeys(accounts.currentAccount().id());
    }

    void createThroughService(String name) {
        keys.generate(accounts.currentAccount().id(), name);
    }

    ApiKeysView openView() {
        return navigate(ApiKeysView.class);
    }

    void openGenerateDialog() {
        test(find(Button.class).withText("Generate API Key").single()).click();
    }

    TextField nameField() {
        return find(TextField.class).withLabel("Name").single();
    }

    void click(String buttonText) {
        test(find(Button.class).withText(buttonText).single()).click();
    }

    /** Generates a key through the dialogs and returns the secret shown in the reveal dialog (still open). */
    String generateThroughUi(String name) {
        openGenerateDialog();
        test(nameField()).setValue(name);
        click("Create");
        return find(TextArea.class).withLabel("API key").single().getValue();
    }

    GridTester<Grid<ApiKeySummary>, ApiKeySummary> grid() {
        Grid<ApiKeySummary> grid = find(KeyGrid.class).single();
        return test(grid);
    }

    int rowOf(String keyName) {
        GridTester<Grid<ApiKeySummary>, ApiKeySummary> grid = grid();
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).name().equals(keyName)) {
                return row;
            }
        }
        throw new AssertionError("No row for key " + keyName);
    }

    List<String> gridNames() {
        GridTester<Grid<ApiKeySummary>, ApiKeySummary> grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).name()).toList();
    }
}
