package dev.sharewell.testing;

import java.util.List;
import java.util.Map;

/** Sentence templates and words for {@link PostTexts}: what employees write about their work. */
final class PostVocabulary {
  private PostVocabulary() {}

  static final List<String> ENGLISH_TEMPLATES =
      List.of(
          "I have worked with {name} on {thing} for {number} months and {feeling}.",
          "Last {period} our {team} team showed me how {thing} really works in {place}.",
          "If you care about {thing}, this is worth {number} minutes of your {period}.",
          "We tried {thing} in {place} last {period} and the results surprised all of us.",
          "My favourite part is how {name} explains {thing} without a single buzzword.",
          "Ask me anything about {thing}, I sit right next to the {team} team.",
          "Honestly, {feeling} when I saw what {name} and the {team} team built.",
          "Anyone in {place} working on {thing}? I would love to compare notes.",
          "Three years ago I would not have believed {thing} could work at our size.",
          "The {team} team in {place} is hiring, and {name} is the best manager I know.",
          "This is what {thing} looks like from my desk in {place}.",
          "Share it with whoever in your network struggles with {thing}.");

  static final List<String> DANISH_TEMPLATES =
      List.of(
          "Jeg har arbejdet med {name} om {ting} i {number} måneder, og {følelse}.",
          "Sidste {periode} viste vores {hold} mig, hvordan {ting} virker i {sted}.",
          "Hvis du interesserer dig for {ting}, er det her {number} minutter værd.",
          "Vi prøvede {ting} i {sted} i sidste {periode}, og resultatet overraskede os alle.",
          "Det bedste er, at {name} forklarer {ting} helt uden fine ord.",
          "Spørg mig om {ting}, jeg sidder lige ved siden af {hold}.",
          "Ærligt talt, {følelse}, da jeg så, hvad {name} og {hold} havde bygget.",
          "Er der nogen i {sted}, der arbejder med {ting}? Lad os tage en kop kaffe.",
          "For tre år siden troede jeg ikke, at {ting} kunne lade sig gøre hos os.",
          "Sådan ser {ting} ud fra mit skrivebord i {sted}.",
          "Del det med dem i dit netværk, der kæmper med {ting}.");

  static final Map<String, List<String>> WORDS =
      Map.ofEntries(
          Map.entry(
              "name",
              List.of(
                  "Anna", "Mads", "Sofie", "Jonas", "Ida", "Rasmus", "Freja", "Omar", "Laura",
                  "Mikkel", "Aisha", "Peter", "Camilla", "Jakob", "Nanna", "Emil", "Sara",
                  "Henrik")),
          Map.entry(
              "thing",
              List.of(
                  "data pipelines",
                  "customer onboarding",
                  "route planning",
                  "heat pumps",
                  "code review",
                  "warehouse robots",
                  "pricing",
                  "accessibility",
                  "hiring",
                  "carbon accounting",
                  "mobile payments",
                  "predictive maintenance",
                  "support chat",
                  "design systems",
                  "cloud costs",
                  "graduate hiring")),
          Map.entry(
              "ting",
              List.of(
                  "datakvalitet",
                  "kundeservice",
                  "ruteplanlægning",
                  "varmepumper",
                  "kodegennemgang",
                  "lagerrobotter",
                  "prissætning",
                  "tilgængelighed",
                  "rekruttering",
                  "CO2-regnskab",
                  "mobilbetaling",
                  "vedligeholdelse",
                  "skyomkostninger",
                  "designsystemer")),
          Map.entry(
              "team",
              List.of(
                  "platform",
                  "support",
                  "logistics",
                  "design",
                  "finance",
                  "data",
                  "sales",
                  "security",
                  "people",
                  "energy")),
          Map.entry(
              "hold",
              List.of(
                  "platformholdet",
                  "supportholdet",
                  "logistikholdet",
                  "designholdet",
                  "økonomiholdet",
                  "dataholdet",
                  "salgsholdet",
                  "energiholdet")),
          Map.entry(
              "place",
              List.of(
                  "Aarhus",
                  "Copenhagen",
                  "Odense",
                  "Aalborg",
                  "Malmö",
                  "Hamburg",
                  "Oslo",
                  "Esbjerg",
                  "Vejle",
                  "our Berlin office")),
          Map.entry(
              "sted",
              List.of(
                  "Aarhus",
                  "København",
                  "Odense",
                  "Aalborg",
                  "Esbjerg",
                  "Vejle",
                  "Herning",
                  "Kolding",
                  "Roskilde")),
          Map.entry(
              "period", List.of("week", "month", "quarter", "spring", "autumn", "year", "Friday")),
          Map.entry(
              "periode", List.of("uge", "måned", "kvartal", "forår", "efterår", "år", "fredag")),
          Map.entry(
              "feeling",
              List.of(
                  "I am still impressed",
                  "it changed how I work",
                  "I learned a lot",
                  "it has been a wild ride",
                  "I would do it again tomorrow",
                  "it made me proud to work here")),
          Map.entry(
              "følelse",
              List.of(
                  "jeg er stadig imponeret",
                  "det har ændret min hverdag",
                  "jeg har lært meget",
                  "det har været en vild tur",
                  "jeg er stolt af at arbejde her")),
          Map.entry("number", List.of("2", "3", "5", "6", "8", "10", "12", "18", "24")));

  static final List<String> SHORT_ADDITIONS =
      List.of(
          "So proud of this.",
          "Worth a read!",
          "See you there!",
          "Please share.",
          "Sikke en dag!",
          "Del gerne.",
          "Godt gået!",
          "Congratulations to the team!");

  static final List<String> HASHTAGS =
      List.of("#hiring", "#proud", "#lifeatnordlys", "#tech", "#grønomstilling", "#jobs");

  static final List<String> EMOJI = List.of("🚀", "🎉", "💚", "👏", "🙌", "✨");
}
