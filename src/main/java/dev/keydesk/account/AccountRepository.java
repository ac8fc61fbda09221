package dev.keydesk.account;

import java.util.List;
import java.util.UUID;

import dev.keydesk.base.data.InsertRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, UUID>, InsertRepository<Account> {

    @Query("""
            select a.* from account a join membership m on m.account_id = a.id
            where m.user_id = :userId order by a.created_at, a.id""")
    List<Account> findByMember(UUID userId);

    @Query("select count(*) > 0 from account where name_key = :nameKey")
    boolean nameTaken(String nameKey);
}
