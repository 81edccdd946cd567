package pl.dobrepraktyki.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.dobrepraktyki.catalog.internal.DocumentInspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The name a person gives a file: shown, never used as a path, and refused when it could mislead. */
class CheckedDocumentsTests {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\win.ini", "C:\\Users\\jan\\raport.pdf", "a/b.pdf",
            "raport\u0000.pdf", "raport\n.pdf", "raport\t.pdf", "a\u202Efdp.exe", "a\u202Dfdp.pdf",
            "zero\u200Bwidth.pdf", "raport\u2028.pdf", "raport\u007F.pdf", "raport\uD800.pdf"})
    void refusesNamesWithFoldersOrControlAndDirectionCharacters(String name) {
        assertThatThrownBy(() -> CheckedDocuments.checkName(name))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.attachment.name"));
    }

    @Test
    void refusesANameLongerThan255Characters() {
        assertThatCode(() -> CheckedDocuments.checkName("a".repeat(251) + ".pdf")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CheckedDocuments.checkName("a".repeat(252) + ".pdf"))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.attachment.nameTooLong"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sprawozdanie 2024 (wersja końcowa).pdf", "Zażółć gęślą jaźń.pdf", "rok..2024.pdf",
            "plan – etap 1.pdf", "😀 zdjęcie.pdf"})
    void acceptsOrdinaryPolishNames(String name) {
        assertThatCode(() -> CheckedDocuments.checkName(name)).doesNotThrowAnyException();
        assertThatCode(() -> CheckedDocuments.checkExtension(name, DocumentInspector.PDF)).doesNotThrowAnyException();
    }

    @Test
    void theExtensionMustMatchTheContent() {
        assertThatCode(() -> CheckedDocuments.checkExtension("SKAN.PDF", DocumentInspector.PDF))
                .doesNotThrowAnyException();
        assertThatCode(() -> CheckedDocuments.checkExtension("foto.JPEG", DocumentInspector.JPEG))
                .doesNotThrowAnyException();
        assertThatCode(() -> CheckedDocuments.checkExtension("foto.jpg", DocumentInspector.JPEG))
                .doesNotThrowAnyException();
        for (String[] wrong : new String[][] {{"raport.docx", DocumentInspector.PDF}, {"raport", DocumentInspector.PDF},
                {"raport.pdf.exe", DocumentInspector.PDF}, {"obraz.pdf", DocumentInspector.PNG},
                {"arkusz.docx", DocumentInspector.XLSX}, {"opis.odt", DocumentInspector.DOCX}}) {
            assertThatThrownBy(() -> CheckedDocuments.checkExtension(wrong[0], wrong[1]))
                    .as(wrong[0]).isInstanceOfSatisfying(AttachmentRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("catalog.attachment.extension"));
        }
    }

    @Test
    void theShownNameKeepsNoFolderNorInvisibleCharacters() {
        assertThat(CheckedDocuments.safeName("C:\\dane\\raport.pdf")).isEqualTo("raport.pdf");
        assertThat(CheckedDocuments.safeName("a\u202Efdp.exe")).isEqualTo("afdp.exe");
        assertThat(CheckedDocuments.safeName(null)).isEqualTo("zalacznik");
    }
}
