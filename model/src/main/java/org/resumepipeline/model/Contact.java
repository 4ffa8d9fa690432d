package org.resumepipeline.model;

import java.util.List;

/** Contact block of a resume. Any field may be null or empty when not found. */
public record Contact(String name, String email, String phone, List<String> links) {
    public Contact {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static Contact empty() {
        return new Contact(null, null, null, List.of());
    }
}
