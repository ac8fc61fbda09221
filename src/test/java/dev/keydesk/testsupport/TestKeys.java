package dev.keydesk.testsupport;

import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;

/** Key changes made through the real service, signed in as the key's customer. */
public record TestKeys(ApiKeyService keys, SignedIn signedIn) {

    public NewApiKey generate(TestCustomer customer, String name) {
        return signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), name));
    }

    public ApiKeySummary rename(TestCustomer customer, NewApiKey key, String name) {
        return signedIn.as(customer.username(), () -> keys.rename(key.key().id(), name));
    }

    public void delete(TestCustomer customer, NewApiKey key) {
        signedIn.run(customer.username(), () -> keys.delete(key.key().id()));
    }
}
