package fr.pacte.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;

final class Json {

    private Json() {
    }

    static JsonObject objet(String texte) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(texte))) {
            return reader.readObject();
        }
    }

    static JsonStructure structure(String texte) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(texte))) {
            return reader.read();
        }
    }
}
