package org.resumepipeline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resumepipeline.model.Contact;

class ContactNameAndEmailTest {

    private static List<Line> lines(final String... texts) {
        return Arrays.stream(texts).map(t -> new Line(t, false, false, 0)).toList();
    }

    private static Contact parse(final List<Line> top, final List<Line> all, final String... links) {
        return ContactParser.parse(top, all, List.of(links));
    }

    @Test
    void shouldTakeThePersonNotAPlaceATitleOrALinkLabel() {
        final List<Line> top = lines("Boyne Island, QLD", "LinkedIn Medium", "Data Engineering Tech Lead",
                "Jordan Pike", "jpike@example.com");
        assertThat(parse(top, top).name()).isEqualTo("Jordan Pike");
    }

    @Test
    void shouldJoinALetterSpacedNameAndDropTheDocumentTitle() {
        assertThat(parse(lines("J O H N   D O E", "john@example.com"), List.of()).name()).isEqualTo("JOHN DOE");
        assertThat(parse(lines("John Doe CV"), List.of()).name()).isEqualTo("John Doe");
    }

    @Test
    void shouldFindTheNameInACenteredHeaderRowWithContactCells() {
        final List<Line> top = lines("Menci  ·  Huang Haorui（黄浩睿）\t huanghaorui301@gmail.com   +86 15192977586");
        assertThat(parse(top, top).name()).isEqualTo("Huang Haorui");
        final List<Line> row = lines("Adriel Avila Web CV: thexpert507.github.io/cv",
                "Desarrollador Fullstack Senior adrielarnel00@gmail.com | +507 64970936");
        assertThat(parse(row, row).name()).isEqualTo("Adriel Avila");
        assertThat(parse(lines("Bruno Rodrigues da Silveira"), List.of()).name())
                .isEqualTo("Bruno Rodrigues da Silveira");
    }

    @Test
    void shouldFindANameInASidebarNextToTheContactLines() {
        final List<Line> all = lines("Experience", "Engineer at Acme", "Jane Q. Roe", "+44 20 7946 0958",
                "jane.roe@example.org");
        assertThat(parse(List.of(), all).name()).isEqualTo("Jane Q. Roe");
    }

    @Test
    void shouldReadAnEmailFromAMailtoLinkOrAnObfuscation() {
        assertThat(parse(lines("Jane Roe"), lines("Jane Roe"), "mailto:jane@example.com", "https://github.com/jr")
                .email()).isEqualTo("jane@example.com");
        assertThat(parse(lines("Jane Roe", "jane.roe [at] example [dot] com"), List.of()).email())
                .isEqualTo("jane.roe@example.com");
        assertThat(parse(lines("Jane Roe", "jane(at)mail.example.org"), List.of()).email())
                .isEqualTo("jane@mail.example.org");
    }

    @Test
    void shouldFindALabelledPhoneInAFooter() {
        final List<Line> all = lines("Jane Roe", "Experience", "Engineer", "Tel: +49 30 1234 5678");
        assertThat(parse(lines("Jane Roe"), all).phone()).isEqualTo("+49 30 1234 5678");
    }
}
