package org.resumepipeline.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Rules for file and archive entry names. Names are display-only: they never reach the file system or a topic
 * name. Thread-safe.
 */
public final class EntryNames {
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", "ehthumbs.db");
    private static final int MAX_DISPLAY = 255;

    private EntryNames() {
    }

    /**
     * @param path a relative path with '/' or '\' separators
     * @return true for hidden and system files: a dotfile or dot-folder, {@code __MACOSX/}, Thumbs.db, desktop.ini
     */
    public static boolean isHidden(final String path) {
        for (final String segment : path.split("[/\\\\]")) {
            if (segment.equals("__MACOSX") || segment.startsWith(".") && !segment.equals(".")
                    && !segment.equals("..")) {
                return true;
            }
        }
        final String last = lastSegment(path).toLowerCase(Locale.ROOT);
        return SYSTEM_FILES.contains(last);
    }

    /**
     * @param entry an archive entry name
     * @return true when extracting it would leave the target folder (zip-slip): absolute, drive-qualified,
     *         a '..' segment, or control characters
     */
    public static boolean isUnsafeEntry(final String entry) {
        if (entry.isEmpty() || entry.startsWith("/") || entry.startsWith("\\")
                || entry.length() >= 2 && entry.charAt(1) == ':' && Character.isLetter(entry.charAt(0))) {
            return true;
        }
        for (final String segment : entry.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return hasControl(entry);
    }

    /**
     * @param name a file name sent by a client
     * @return true for a plain file name: 1 to 255 characters, no separators, no '..', no control characters
     */
    public static boolean isPlainFileName(final String name) {
        return name != null && !name.isBlank() && name.length() <= MAX_DISPLAY && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && !name.equals(".") && !name.equals("..") && !hasControl(name);
    }

    /** @return the name with control characters replaced and cut to 255 characters, for display */
    public static String display(final String name) {
        final StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_DISPLAY));
        for (int i = 0; i < name.length() && out.length() < MAX_DISPLAY; i++) {
            final char c = name.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    /** @return the part after the last separator */
    public static String lastSegment(final String path) {
        final int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }

    private static boolean hasControl(final String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
