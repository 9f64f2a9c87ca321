package io.github.workreport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the lookup structures the reader's scans stand on, each against the plain loop it
 * replaces: the filters and tables that make them fast must never change an answer. Texts and
 * words are drawn from a few characters, so that words overlap, nest and run past a text's end.
 */
class LookupStructuresPropertiesTest {
  /** Few characters, some of them Han, so that generated words and texts meet often. */
  private static final String ALPHABET = "年全上完成新增长率个万1。";

  private static Gen<String> textsOf(int maxLength) {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, maxLength)
        .map(indexes -> {
          StringBuilder out = new StringBuilder();
          indexes.forEach(i -> out.append(ALPHABET.charAt(i)));
          return out.toString();
        });
  }

  private static Gen<List<String>> wordLists() {
    return lists().of(textsOf(4)).ofSizeBetween(1, 6);
  }

  /** The longest word starting at {@code at} that fits in the text, by trying every word. */
  private static int longestAt(List<String> words, String text, int at) {
    int best = 0;
    for (String w : words) {
      if (!w.isEmpty() && text.startsWith(w, at)) {
        best = Math.max(best, w.length());
      }
    }
    return best;
  }

  @Test
  void removingWordsDropsTheLongestAtEachPositionAndKeepsEveryOtherCharacter() {
    qt().withExamples(2000).forAll(wordLists(), textsOf(30)).checkAssert((words, text) -> {
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < text.length(); ) {
        int len = longestAt(words, text, i);
        if (len == 0) {
          expected.append(text.charAt(i++));
        } else {
          i += len;
        }
      }
      assertThat(WordSet.of(words.toArray(new String[0])).removeFrom(text)).isEqualTo(expected.toString());
    });
  }

  @Test
  void theFirstWordWithinARangeIsTheFirstPositionWhereOneFits() {
    qt().withExamples(2000).forAll(wordLists(), textsOf(30), integers().between(0, 30), integers().between(0, 30))
        .checkAssert((words, text, a, b) -> {
          int from = Math.min(a, b);
          int to = Math.min(Math.max(a, b), text.length());
          int expected = -1;
          for (int i = from; i < to && expected < 0; i++) {
            for (String w : words) {
              if (!w.isEmpty() && i + w.length() <= to && text.startsWith(w, i)) {
                expected = i;
              }
            }
          }
          assertThat(WordSet.of(words.toArray(new String[0])).indexWithin(text, from, to)).isEqualTo(expected);
        });
  }

  @Test
  void aCharacterTableAnswersAsTheMapItWasBuiltFrom() {
    Gen<List<Integer>> keys = lists().of(integers().between(1, 0xFFFF)).ofSizeBetween(0, 60);
    qt().withExamples(1000).forAll(keys, integers().between(1, 0xFFFF)).checkAssert((codes, probe) -> {
      Map<Character, String> map = new HashMap<>();
      codes.forEach(c -> map.put((char) c.intValue(), "v" + c));
      CharTable<String> table = new CharTable<>(map);
      for (char c : map.keySet()) {
        assertThat(table.get(c)).isEqualTo(map.get(c));
      }
      assertThat(table.get((char) probe.intValue())).isEqualTo(map.get((char) probe.intValue()));
    });
  }

  /**
   * Every occurrence of every vocabulary word in a text is a token with the word's roles, and
   * there are no others: the pair table and its filter only narrow where the lexer looks.
   */
  @Test
  void theLexerFindsEveryOccurrenceOfEveryWordOfTheVocabulary() {
    String[] sample = Vocabulary.wordsWith(-1L);
    java.util.Set<String> vocabulary = java.util.Set.of(sample);
    Gen<String> texts = lists().of(integers().between(0, sample.length + 2)).ofSizeBetween(0, 12).map(picks -> {
      StringBuilder out = new StringBuilder();
      for (int p : picks) {
        out.append(p < sample.length ? sample[p] : "个万。".charAt(p - sample.length) + "");
      }
      return out.toString();
    });
    qt().withExamples(3000).forAll(texts).checkAssert(text -> {
      Tokens tokens = Lexer.lex(text);
      List<String> found = new ArrayList<>();
      for (int i = 0; i < tokens.count(); i++) {
        found.add(tokens.startOf(i) + ":" + text.substring(tokens.startOf(i), tokens.endOf(i)));
      }
      for (String word : sample) {
        long roles = rolesOf(word);
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          assertThat(found).as("%s at %d in %s", word, at, text).contains(at + ":" + word);
          assertThat(tokens.lengthStartingAt(at, roles)).isGreaterThanOrEqualTo(word.length());
        }
      }
      for (String token : found) {
        assertThat(vocabulary).as("a token that is no word of the vocabulary").contains(token.substring(token.indexOf(':') + 1));
      }
    });
  }

  /**
   * A word with one space between two of its characters, as text taken from a PDF leaves it (不 超过,
   * 控制 在), is still a token with the word's roles, over the word and the space.
   */
  @Test
  void aWordWithASpaceInsideIsStillFound() {
    String[] sample = java.util.Arrays.stream(Vocabulary.wordsWith(-1L))
        .filter(w -> w.length() >= 2 && w.chars().allMatch(c -> Lexicon.isHan((char) c))).toArray(String[]::new);
    qt().withExamples(3000).forAll(integers().between(0, sample.length - 1), integers().between(0, 30))
        .checkAssert((pick, cut) -> {
          String word = sample[pick];
          int at = 1 + cut % (word.length() - 1);
          String text = "，" + word.substring(0, at) + " " + word.substring(at) + "。";
          Tokens tokens = Lexer.lex(text);
          assertThat(tokens.lengthStartingAt(1, rolesOf(word))).as(text).isEqualTo(word.length() + 1);
        });
  }

  private static long rolesOf(String word) {
    Tokens alone = Lexer.lex(word);
    for (int i = 0; i < alone.count(); i++) {
      if (alone.startOf(i) == 0 && alone.endOf(i) == word.length()) {
        return alone.rolesOf(i);
      }
    }
    return 0;
  }
}
