package cn.laoling.ledger;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.laoling.ledger.web.planimport.ParseCommand;
import cn.laoling.ledger.web.spreadsheet.LedgerCommand;

/**
 * 老龄工作任务台账. Sits in the common root package so that scanning covers the persistence
 * module's adapters and configuration too, and the {@code ledger.*} settings of both
 * ({@code *Properties} records).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LedgerApplication {

	public static void main(String[] args) {
		if (args.length > 0 && (ParseCommand.NAME.equals(args[0]) || LedgerCommand.NAME.equals(args[0]))) {
			PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
			PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
			List<String> rest = List.of(args).subList(1, args.length);
			System.exit(ParseCommand.NAME.equals(args[0]) ? new ParseCommand(out, err).run(rest)
					: new LedgerCommand(out, err).run(rest));
		}
		SpringApplication.run(LedgerApplication.class, args);
	}

}
