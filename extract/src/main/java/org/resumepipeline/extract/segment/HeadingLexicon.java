package org.resumepipeline.extract.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.resumepipeline.model.SectionKind;

/**
 * Maps section headings to section kinds, tolerant of case, letter spacing ("E X P E R I E N C E"), trailing colons
 * and common variants ("Work History", "Technical Skills"). Thread-safe (immutable).
 */
public final class HeadingLexicon {
    private static final Map<String, SectionKind> EXACT = new HashMap<>();
    private static final int MAX_WORDS = 6;
    private static final Pattern GROUPS = Pattern.compile("\\s{2,}|\\s*\\|\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "Education", not "Educational Collaborator" (a title). */
    private static final Pattern EDUCATION_WORD = Pattern.compile("(?<!\\p{L})education(?!\\p{L})");
    private static final Pattern EXPERIENCE_WORDS = Pattern.compile(
            "erfahrung|expérience|experiencia|experiência|esperienz|опыт|досвід|经历|经验");
    /** Skill headings by a word inside: "IT-Kenntnisse", "Основные навыки", "Scripting Languages", "Dev Tools". */
    private static final Pattern SKILL_WORDS = Pattern.compile(
            "(?<!sprach)kenntnisse|навык|навич|技能|fähigkeit|^(?!.*\\b(?:spoken|foreign|human|natural)\\b)"
                    + ".*\\b(?:programming|scripting|markup|query|templating) languages\\b|\\btools$");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L} ]");

    static {
        put(SectionKind.SUMMARY, "summary", "professional summary", "profile", "about me", "about", "objective",
                "career objective", "career summary", "executive summary", "overview", "professional profile",
                "personal statement", "summary of qualifications", "qualifications summary", "highlights");
        put(SectionKind.EXPERIENCE, "experience", "work experience", "professional experience", "work history",
                "employment", "employment history", "career history", "relevant experience", "experiences",
                "professional background", "career", "positions", "internships", "internship experience",
                // entries with a title, an organisation, dates and bullets, as in a job: scored like one
                "volunteer", "volunteering", "volunteer experience", "volunteer work", "activities", "leadership",
                "leadership experience", "leadership and activities", "extracurricular", "extracurricular activities",
                "involvement", "campus involvement", "on campus involvement", "community involvement",
                "research", "research positions", "research and teaching", "research experience", "teaching",
                "teaching experience", "military service", "military experience", "work", "jobs", "positions held",
                "appointments", "academic appointments", "academic positions", "professional history",
                "berufserfahrung", "berufliche erfahrung", "erfahrung", "beruflicher werdegang", "werdegang",
                "praktika", "expérience", "expériences", "expérience professionnelle",
                "expériences professionnelles", "experiencia", "experiencia laboral", "experiencia profesional",
                "experiência", "experiências", "experiência profissional", "esperienza", "esperienze",
                "esperienza lavorativa", "esperienze lavorative", "esperienze professionali",
                "esperienza professionale", "опыт работы", "опыт", "профессиональный опыт", "досвід роботи",
                "досвід", "професійний досвід", "工作经历", "工作经验", "实习经历", "工作");
        put(SectionKind.PROJECTS, "projects", "personal projects", "selected projects", "key projects",
                "academic projects", "side projects", "open source", "project experience", "portfolio", "projekte",
                "projets", "proyectos", "projetos", "progetti", "проекты", "проєкти", "项目经历", "项目");
        put(SectionKind.SKILLS, "skills", "specialties", "specialities", "technical skills", "core competencies", "competencies", "technologies",
                "tech stack", "tools", "additional skills", "skills and abilities", "programs", "software",
                "expertise", "areas of expertise", "key skills", "core skills", "skills and tools",
                "skills summary", "technical proficiencies", "programs and software", "skills and interests",
                "kenntnisse", "fähigkeiten", "kompetenzen", "it kenntnisse", "compétences", "compétences techniques",
                "habilidades", "competencias", "conocimientos", "competências", "conhecimentos", "competenze",
                "competenze tecniche", "навыки", "ключевые навыки", "технические навыки", "навички",
                "технічні навички", "技能", "专业技能", "技术栈",
                // skill groups printed as headings of their own
                "specialties", "specialities", "strengths", "key strengths", "programming", "languages and technologies",
                "tools and technologies", "technologies and tools", "software tools", "physical tools",
                "software and tools", "frameworks", "frameworks and apis", "frameworks and libraries", "libraries",
                "databases", "front end", "frontend", "back end", "backend", "devops", "aptitudes", "destrezas",
                "punti di forza", "programmazione", "tecnologie", "sistemi e tecnologie", "tecnologías", "tecnologias",
                "softwareentwicklung", "programmierung", "programmiersprachen", "technologien", "langages",
                "outils", "ferramentas", "herramientas", "основные навыки", "профессиональные навыки", "прочие навыки",
                "редкоиспользуемые навыки");
        put(SectionKind.EDUCATION, "education", "academic background", "education and training", "academics",
                "qualifications", "academic qualifications", "educational background", "education and certifications",
                "ausbildung", "bildung", "studium", "formation", "formations", "éducation", "formación",
                "educación", "formación académica", "formação", "formação acadêmica", "educação", "istruzione",
                "formazione", "istruzione e formazione", "образование", "освіта", "教育经历", "教育背景", "教育");
        put(SectionKind.CERTIFICATIONS, "certifications", "certificates", "certification", "licenses",
                "licenses and certifications", "certifications and licenses", "courses and certifications");
        put(SectionKind.CONTACT, "contact", "contact information", "contact info", "personal details",
                "personal information", "contact details", "kontakt", "contacto", "contatti", "contato", "контакты",
                "контакти", "联系方式");
        put(SectionKind.OTHER, "awards", "honors", "achievements", "publications", "interests", "hobbies",
                "languages", "references", "coursework", "relevant coursework", "honors and awards", "awards and honors",
                "memberships", "affiliations", "accomplishments",
                "key achievements", "additional information", "additional", "training", "conferences", "talks",
                "patents", "research interests", "scholarships", "interests and hobbies", "sprachen", "langues",
                "idiomas", "lingue", "языки", "мови", "语言", "interessen", "hobbys", "intérêts", "intereses",
                "interessi", "publikationen", "relevante publikationen", "veröffentlichungen", "interessen und hobbys",
                "интересы", "публикации", "інтереси", "публікації", "publications choisies", "publicaciones",
                "pubblicazioni", "publicações");
        put(SectionKind.SUMMARY, "profil", "über mich", "zusammenfassung", "à propos", "perfil", "resumen",
                "sobre mí", "resumo", "sobre mim", "profilo", "о себе", "про мене", "个人简介", "自我评价",
                "qualcosa su di me", "chi sono", "qui suis je", "acerca de mí");
    }

    private HeadingLexicon() {
    }

    private static void put(final SectionKind kind, final String... names) {
        for (final String n : names) {
            EXACT.put(n, kind);
        }
    }

    /** @return the kind of a heading written exactly as the lexicon has it ("Work", "Skills"), capitalised */
    static Optional<SectionKind> exact(final String text) {
        final String trimmed = text.strip();
        return trimmed.isEmpty() || !Character.isUpperCase(trimmed.charAt(0)) ? Optional.empty()
                : Optional.ofNullable(EXACT.get(normalize(trimmed)));
    }

    /**
     * @param text     a line
     * @param explicit true when the document marks the line as a heading
     * @return the section kind when the line reads as a section heading
     */
    public static Optional<SectionKind> classify(final String text, final boolean explicit) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        final String trimmed = text.strip();
        if (trimmed.endsWith(".") || trimmed.indexOf(':') >= 0 && !trimmed.endsWith(":")) {
            return Optional.empty();
        }
        final String key = normalize(trimmed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        final SectionKind exact = EXACT.get(key);
        if (exact != null && (explicit || !Character.isLowerCase(trimmed.charAt(0)))) {
            return Optional.of(exact);
        }
        final List<String> words = List.of(key.split(" "));
        if (words.size() > MAX_WORDS || !looksLikeHeading(trimmed, explicit)
                || !explicit && trimmed.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (key.contains("experience") || key.contains("employment") || key.contains("work history")
                || EXPERIENCE_WORDS.matcher(key).find()) {
            return Optional.of(SectionKind.EXPERIENCE);
        }
        if (key.contains("project")) {
            return Optional.of(SectionKind.PROJECTS);
        }
        if (key.contains("skill") || key.contains("competenc") || SKILL_WORDS.matcher(key).find()) {
            return Optional.of(SectionKind.SKILLS);
        }
        if (EDUCATION_WORD.matcher(key).find()) {
            return Optional.of(SectionKind.EDUCATION);
        }
        if (key.contains("certif")) {
            return Optional.of(SectionKind.CERTIFICATIONS);
        }
        if (key.contains("award") || key.contains("honor") || key.contains("achievement")
                || key.contains("publication") || key.contains("interest") || key.contains("coursework")) {
            return Optional.of(SectionKind.OTHER);
        }
        if (key.contains("summary") || key.contains("profile") || key.contains("objective")) {
            return Optional.of(SectionKind.SUMMARY);
        }
        return explicit ? Optional.of(SectionKind.OTHER) : Optional.empty();
    }

    /** Heading shape: explicit, ALL CAPS, or every significant word capitalized. */
    private static boolean looksLikeHeading(final String text, final boolean explicit) {
        if (explicit) {
            return true;
        }
        boolean allCaps = true;
        boolean titleCase = true;
        for (final String w : SPACES.split(text)) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                allCaps = false;
            }
            final boolean minor = w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT));
            if (!minor && !Character.isUpperCase(w.charAt(0))) {
                titleCase = false;
            }
        }
        return allCaps || titleCase;
    }

    /** Lower case letters and single spaces; letter-spaced words are joined; "&" reads as "and". */
    static String normalize(final String text) {
        final String[] groups = GROUPS.split(text.replace("&", " and "));
        final StringBuilder out = new StringBuilder();
        for (final String group : groups) {
            final String[] tokens = SPACES.split(group.strip());
            boolean spaced = tokens.length > 2;
            for (final String t : tokens) {
                if (t.length() != 1) {
                    spaced = false;
                    break;
                }
            }
            final String g = spaced ? String.join("", tokens) : group;
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(g);
        }
        return SPACES.matcher(NOT_LETTER.matcher(out.toString().toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ")
                .strip();
    }
}
