package io.smsauto.contacts.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvNumbersTest {

    @Test
    void aHeaderIsAFirstRowWithoutDigits() {
        CsvNumbers.Parsed parsed = CsvNumbers.parse("Phone number;Name\n+33612345678;Ann\n");

        assertEquals(List.of(new CsvNumbers.Row(2, "+33612345678")), parsed.numbers());
        assertEquals(List.of(), parsed.rejected());
    }

    @Test
    void aFirstRowWithDigitsIsData() {
        CsvNumbers.Parsed parsed = CsvNumbers.parse("33612345678\n33612345679");

        assertEquals(List.of(new CsvNumbers.Row(1, "+33612345678"), new CsvNumbers.Row(2, "+33612345679")),
                parsed.numbers());
    }

    @Test
    void theNumberIsTheFirstColumnWhateverTheSeparatorAndQuotes() {
        CsvNumbers.Parsed parsed = CsvNumbers.parse("""
                +33612345671,a
                +33612345672;b
                +33612345673\tc
                "+33 6 12 34 56 74",d
                 0033612345675 ,e
                """);

        assertEquals(List.of("+33612345671", "+33612345672", "+33612345673", "+33612345674", "+33612345675"),
                parsed.numbers().stream().map(CsvNumbers.Row::number).toList());
    }

    @Test
    void blankLinesAreSkippedButCountedInLineNumbers() {
        CsvNumbers.Parsed parsed = CsvNumbers.parse("number\r\n\r\n   \r\n+33612345678\r\nnope\r\n");

        assertEquals(List.of(new CsvNumbers.Row(4, "+33612345678")), parsed.numbers());
        assertEquals(List.of(new CsvNumbers.Rejected(5, "nope", CsvNumbers.NOT_A_NUMBER)), parsed.rejected());
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        CsvNumbers.Parsed parsed = CsvNumbers.parse("\uFEFFnumber\n+33612345678\n");

        assertEquals(1, parsed.numbers().size());
        assertEquals(List.of(), parsed.rejected());
    }

    @Test
    void rejectedValuesAreShownShortened() {
        CsvNumbers.Parsed parsed = CsvNumbers.parse("+33612345678\n" + "x".repeat(500) + "\n,empty first column\n");

        assertEquals(101, parsed.rejected().get(0).value().length());
        assertEquals(new CsvNumbers.Rejected(3, "", CsvNumbers.NOT_A_NUMBER), parsed.rejected().get(1));
    }

    @Test
    void anEmptyFileHasNoRows() {
        CsvNumbers.Parsed parsed = CsvNumbers.parse("");

        assertEquals(List.of(), parsed.numbers());
        assertEquals(List.of(), parsed.rejected());
    }
}
