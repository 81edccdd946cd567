/** Writing cells of CSV files that people open in a spreadsheet. */
@org.springframework.modulith.NamedInterface("csv")
package pl.dobrepraktyki.system.csv;
