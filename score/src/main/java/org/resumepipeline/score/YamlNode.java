package org.resumepipeline.score;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers its line, so validation errors can name it. Maps keep file order. Immutable once
 * read.
 */
final class YamlNode {
    enum Kind { MAP, LIST, SCALAR }

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final Kind kind;
    private final int line;
    private final Map<String, YamlNode> map;
    private final Map<String, Integer> keyLines;
    private final List<YamlNode> list;
    private final String text;
    private final JsonToken token;

    private YamlNode(final Kind kind, final int line, final String text, final JsonToken token) {
        this.kind = kind;
        this.line = line;
        this.map = kind == Kind.MAP ? new LinkedHashMap<>() : Map.of();
        this.keyLines = kind == Kind.MAP ? new LinkedHashMap<>() : Map.of();
        this.list = kind == Kind.LIST ? new ArrayList<>() : List.of();
        this.text = text;
        this.token = token;
    }

    /**
     * @param bytes  YAML bytes
     * @param errors receives syntax errors and duplicate keys
     * @return the root node, or null when the bytes are not YAML
     */
    static YamlNode read(final byte[] bytes, final List<RulesetError> errors) {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            if (p.nextToken() == null) {
                errors.add(new RulesetError(1, "the file is empty; it needs at least 'name', 'scoring', 'rules'"));
                return null;
            }
            return readValue(p, errors);
        } catch (JsonProcessingException e) {
            final JsonLocation loc = e.getLocation();
            errors.add(new RulesetError(loc == null ? 0 : Math.max(1, loc.getLineNr()),
                    "not valid YAML: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            errors.add(new RulesetError(0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private static YamlNode readValue(final JsonParser p, final List<RulesetError> errors) throws IOException {
        final JsonToken t = p.currentToken();
        final int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
            final YamlNode node = new YamlNode(Kind.MAP, line, null, t);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String key = p.currentName();
                final int keyLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                final YamlNode value = readValue(p, errors);
                if (node.map.containsKey(key)) {
                    errors.add(new RulesetError(keyLine, "duplicate key '" + key + "' (first at line "
                            + node.keyLines.get(key) + ")"));
                } else {
                    node.map.put(key, value);
                    node.keyLines.put(key, keyLine);
                }
            }
            return node;
        }
        if (t == JsonToken.START_ARRAY) {
            final YamlNode node = new YamlNode(Kind.LIST, line, null, t);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                node.list.add(readValue(p, errors));
            }
            return node;
        }
        return new YamlNode(Kind.SCALAR, line, t == JsonToken.VALUE_NULL ? null : p.getText(), t);
    }

    Kind kind() {
        return kind;
    }

    int line() {
        return line;
    }

    boolean isMap() {
        return kind == Kind.MAP;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    Map<String, YamlNode> map() {
        return map;
    }

    int keyLine(final String key) {
        final Integer l = keyLines.get(key);
        return l == null ? line : l;
    }

    List<YamlNode> list() {
        return list;
    }

    /** @return the scalar text, null for YAML null */
    String text() {
        return text;
    }

    JsonToken token() {
        return token;
    }
}
