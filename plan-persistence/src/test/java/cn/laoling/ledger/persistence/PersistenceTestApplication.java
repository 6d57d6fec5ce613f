package cn.laoling.ledger.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "cn.laoling.ledger.persistence")
class PersistenceTestApplication {

}
