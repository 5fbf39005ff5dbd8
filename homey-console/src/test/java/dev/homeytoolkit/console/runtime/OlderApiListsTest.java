package dev.homeytoolkit.console.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts for the older API use flow card and flow token lists as arrays; those lists stay objects keyed by id and
 * gain hidden array methods, so v3 code (Object.keys, for…in, JSON.stringify, lodash) sees no difference.
 */
class OlderApiListsTest {
  @TempDir static Path dir;
  static SimulatedHome home;

  @BeforeAll static void start() {
    home = SimulatedHome.start(dir);
  }

  @AfterAll static void stop() {
    home.close();
  }

  static ScriptResult run(String code) {
    return home.runOk("older.js", code);
  }

  @Test void flowCardListsWorkAsArraysOfTheirValues() {
    var result = run("""
        const out = {};
        for (const op of ['getFlowCardTriggers', 'getFlowCardConditions', 'getFlowCardActions']) {
          const cards = await Homey.flow[op]();
          const values = Object.values(cards);
          const seen = [];
          for (const card of cards) seen.push(card.id);
          let each = 0;
          cards.forEach((card, i, all) => { if (all[i] === card) each++; });
          const first = values[0];
          out[op] = [
            values.length > 0,
            seen.join() === values.map((c) => c.id).join(),
            each === values.length,
            cards.find((c) => c.id === first.id) === first,
            cards.map((c) => c.id).join() === values.map((c) => c.id).join(),
            cards.filter((c) => c === first).length === 1,
            cards.some((c) => c === first) && cards.every((c) => typeof c.id === 'string'),
            cards.reduce((n) => n + 1, 0) === values.length,
            [...cards].length === values.length,
          ].every(Boolean);
        }
        return out;""");
    assertEquals("{\"getFlowCardTriggers\":true,\"getFlowCardConditions\":true,\"getFlowCardActions\":true}",
        result.returns());
  }

  @Test void flowTokensWorkAsAnArrayToo() {
    var result = run("""
        const tokens = await Homey.flowToken.getFlowTokens();
        const values = Object.values(tokens);
        return [values.length > 0, Array.from(tokens).length === values.length,
          tokens.find((t) => t.id === values[0].id) === values[0]];""");
    assertEquals("[true,true,true]", result.returns());
  }

  @Test void theKeyedObjectIsUnchangedForV3Code() {
    var result = run("""
        const cards = await Homey.flow.getFlowCardActions();
        const keys = Object.keys(cards);
        const inKeys = [];
        for (const id in cards) inKeys.push(id);
        const plain = JSON.parse(JSON.stringify(cards));
        const first = cards[keys[0]];
        return [
          inKeys.join() === keys.join(),
          keys.every((k) => cards[k].id !== undefined),
          JSON.stringify(Object.keys(plain)) === JSON.stringify(keys),
          !('length' in cards),
          _.size(cards) === keys.length,
          _.find(cards, (c) => c.id === first.id) === first,
          _.map(cards, 'id').length === keys.length,
          _.isArrayLike(cards),
          Object.getOwnPropertyNames(cards).includes('map') && !Object.keys(cards).includes('map'),
        ];""");
    assertEquals("[true,true,true,true,true,true,true,false,true]", result.returns());
  }

  @Test void otherListsGetNoArrayMethods() {
    var result = run("""
        const devices = await Homey.devices.getDevices();
        const variables = await Homey.logic.getVariables();
        return [typeof devices.map, typeof devices[Symbol.iterator], typeof variables.find];""");
    assertEquals("[\"undefined\",\"undefined\",\"undefined\"]", result.returns());
  }

  @Test void printingAListShowsOnlyItsItems() {
    var result = run("""
        const cards = await Homey.flow.getFlowCardConditions();
        console.log(cards);""");
    assertTrue(!result.output().contains("forEach") && !result.output().contains("Symbol(Symbol.iterator)"),
        result.output());
  }
}
