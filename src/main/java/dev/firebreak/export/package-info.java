/**
 * Excel workbooks of the reports, written with Apache POI's streaming workbook. The
 * helpers ({@code Workbooks}, {@code SheetWriter}, {@code SafeText}) are meant for every
 * workbook of this feature: typed cells in the report zone, a bold frozen header with
 * auto-filter, and text that spreadsheet programs never run as a formula. Security only
 * for the signed-in {@code Actor} the report services need.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "report", "security" })
package dev.firebreak.export;
