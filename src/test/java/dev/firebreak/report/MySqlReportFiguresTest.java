package dev.firebreak.report;

import dev.firebreak.FirebreakMySqlTest;

/** The report figures on a real MySQL-protocol server through Connector/J. */
@FirebreakMySqlTest
class MySqlReportFiguresTest extends AbstractReportFiguresTest {

}
