package dev.keydesk.base.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandbyNamesTest {

    @Test
    void a_replica_is_required_when_every_listed_standby_must_confirm() {
        assertThat(StandbyNames.parse("FIRST 2 (replica1, replica2)").requires("replica1")).isTrue();
        assertThat(StandbyNames.parse("2 (replica1, \"Replica2\")").requires("replica2")).isTrue();
        assertThat(StandbyNames.parse("ANY 2 (replica1, replica2)").requires("replica2")).isTrue();
        assertThat(StandbyNames.parse("replica1").requires("REPLICA1")).isTrue();
    }

    @Test
    void a_replica_is_not_required_when_a_commit_may_return_without_it() {
        assertThat(StandbyNames.parse("ANY 1 (replica1, replica2)").requires("replica1")).isFalse();
        assertThat(StandbyNames.parse("FIRST 1 (replica1, replica2)").requires("replica1")).isFalse();
        assertThat(StandbyNames.parse("replica1, replica2").requires("replica1")).isFalse();
        assertThat(StandbyNames.parse("FIRST 2 (replica1, *)").requires("replica1")).isFalse();
        assertThat(StandbyNames.parse("FIRST 1 (replica2)").requires("replica1")).isFalse();
        assertThat(StandbyNames.parse("").requires("replica1")).isFalse();
    }

    @Test
    void taking_a_standby_out_keeps_every_other_one_required() {
        StandbyNames names = StandbyNames.parse("FIRST 2 (replica1, replica2)").without("replica1");
        assertThat(names.setting()).isEqualTo("FIRST 1 (\"replica2\")");
        assertThat(StandbyNames.parse(names.setting()).requires("replica2")).isTrue();
        assertThat(StandbyNames.parse("FIRST 1 (replica1)").without("replica1").setting()).isEmpty();
    }

    @Test
    void putting_a_standby_back_requires_it_with_all_the_others() {
        StandbyNames names = StandbyNames.parse("").with("replica1").with("replica2").with("replica1");
        assertThat(names.setting()).isEqualTo("FIRST 2 (\"replica1\", \"replica2\")");
        assertThat(StandbyNames.parse(names.setting()).requires("replica1")).isTrue();
    }
}
