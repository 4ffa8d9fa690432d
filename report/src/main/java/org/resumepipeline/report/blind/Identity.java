package org.resumepipeline.report.blind;

import java.util.List;

/**
 * What identifies one candidate, and what a blind batch was asked to hide besides: the terms a {@link TextMask}
 * looks for. Immutable.
 *
 * @param name         the name of the contact block, or null
 * @param email        the email, or null
 * @param phone        the phone, or null
 * @param links        the links of the contact block
 * @param file         the file name as uploaded, or null
 * @param employers    employers to mask (empty unless the batch masks employers)
 * @param institutions institutions to mask (empty unless the batch masks institutions)
 */
record Identity(String name, String email, String phone, List<String> links, String file, List<String> employers,
                List<String> institutions) {
    Identity {
        links = links == null ? List.of() : List.copyOf(links);
        employers = employers == null ? List.of() : employers.stream().filter(java.util.Objects::nonNull).toList();
        institutions = institutions == null ? List.of()
                : institutions.stream().filter(java.util.Objects::nonNull).toList();
    }
}
