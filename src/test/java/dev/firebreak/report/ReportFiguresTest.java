package dev.firebreak.report;

import dev.firebreak.FirebreakTest;

/** The report figures on the embedded default database (H2). */
@FirebreakTest
class ReportFiguresTest extends AbstractReportFiguresTest {

}
