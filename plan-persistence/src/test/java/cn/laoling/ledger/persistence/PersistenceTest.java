package cn.laoling.ledger.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the persistence module against the real PostgreSQL of
 * {@link cn.laoling.ledger.persistence.testing.TestDatabase}, with the schema Flyway
 * builds and Hibernate only validates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class, properties = { "spring.jpa.hibernate.ddl-auto=validate",
		"spring.jpa.open-in-view=false", "ledger.audit.seal-key=2dKd5idy/Vik2k/JxGqpF+LfVHZShCYyOJ/EfbKQ+cM=" })
public @interface PersistenceTest {

}
