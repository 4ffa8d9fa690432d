package org.resumepipeline.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The function-word reading that spares the n-gram detector the bullets written in their document's language. */
class FunctionWordsTest {
    private final FunctionWords words = new FunctionWords();

    @Test
    void shouldReadABulletWithTheDocumentLanguagesFunctionWordsAsThatLanguage() {
        assertThat(words.readsAs("Cut checkout latency from 800 ms to 120 ms with a cache in front of the service.",
                "en")).isTrue();
        assertThat(words.readsAs("Senkte die Latenz beim Bezahlen durch einen Cache vor dem Dienst.", "de")).isTrue();
        assertThat(words.readsAs("Скоротив час оплати з 800 мс до 120 мс для клієнтів банку.", "uk")).isTrue();
    }

    @Test
    void shouldLeaveToTheDetectorABulletWithAnotherLanguagesWordsOrScriptOrTooFewWords() {
        assertThat(words.readsAs("Senkte die Latenz beim Bezahlen durch einen Cache vor dem Dienst.", "en")).isFalse();
        assertThat(words.readsAs("Built the payment service und die Schnittstellen for the bank.", "en")).isFalse();
        assertThat(words.readsAs("Built the ledger for the 決済 team.", "en")).isFalse();
        assertThat(words.readsAs("Zero downtime database migration.", "en")).isFalse();
        assertThat(words.readsAs("负责支付系统的设计与开发，服务于全国用户。", "zh")).isFalse();
    }
}
