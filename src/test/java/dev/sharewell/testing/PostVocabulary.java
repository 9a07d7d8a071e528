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
              phrases(
                  "Anna | Mads | Sofie | Jonas | Ida | Rasmus | Freja | Omar | Laura"
                      + " | Mikkel | Aisha | Peter | Camilla | Jakob | Nanna | Emil | Sara"
                      + " | Henrik")),
          Map.entry(
              "thing",
              phrases(
                  "data pipelines | customer onboarding | route planning | heat pumps"
                      + " | code review | warehouse robots | pricing | accessibility | hiring"
                      + " | carbon accounting | mobile payments | predictive maintenance"
                      + " | support chat | design systems | cloud costs | graduate hiring")),
          Map.entry(
              "ting",
              phrases(
                  "datakvalitet | kundeservice | ruteplanlægning | varmepumper"
                      + " | kodegennemgang | lagerrobotter | prissætning | tilgængelighed"
                      + " | rekruttering | CO2-regnskab | mobilbetaling | vedligeholdelse"
                      + " | skyomkostninger | designsystemer")),
          Map.entry(
              "team",
              phrases(
                  "platform | support | logistics | design | finance | data | sales"
                      + " | security | people | energy")),
          Map.entry(
              "hold",
              phrases(
                  "platformholdet | supportholdet | logistikholdet | designholdet"
                      + " | økonomiholdet | dataholdet | salgsholdet | energiholdet")),
          Map.entry(
              "place",
              phrases(
                  "Aarhus | Copenhagen | Odense | Aalborg | Malmö | Hamburg | Oslo"
                      + " | Esbjerg | Vejle | our Berlin office")),
          Map.entry(
              "sted",
              phrases(
                  "Aarhus | København | Odense | Aalborg | Esbjerg | Vejle | Herning"
                      + " | Kolding | Roskilde")),
          Map.entry("period", phrases("week | month | quarter | spring | autumn | year | Friday")),
          Map.entry("periode", phrases("uge | måned | kvartal | forår | efterår | år | fredag")),
          Map.entry(
              "feeling",
              phrases(
                  "I am still impressed | it changed how I work | I learned a lot"
                      + " | it has been a wild ride | I would do it again tomorrow"
                      + " | it made me proud to work here")),
          Map.entry(
              "følelse",
              phrases(
                  "jeg er stadig imponeret | det har ændret min hverdag"
                      + " | jeg har lært meget | det har været en vild tur"
                      + " | jeg er stolt af at arbejde her")),
          Map.entry("number", phrases("2 | 3 | 5 | 6 | 8 | 10 | 12 | 18 | 24")));

  /** English words by rough frequency, most common first, for free sentences. */
  static final List<String> ENGLISH_WORDS =
      words(
          "the I to and a of we in is it for my this that on with our you was have at be are"
              + " not all so what from they how about but just can team more when people new one"
              + " work time your will like really who if out do year there also week been had"
              + " would only first day me some them up now back good think know much still way"
              + " make because always great here colleagues customers proud learned thing every"
              + " years last today built small before things project office since help years ago"
              + " start idea little honest better place job together problem most again next"
              + " feel happy month lot read post write writing friend manager meeting coffee"
              + " morning desk laptop code review data test release bug fix users feedback"
              + " support call chat question answer launch plan roadmap budget price cost energy"
              + " heat pump wind solar battery grid van truck route warehouse robot shelf parcel"
              + " delivery driver harbour city train bike lunch pizza cake party conference talk"
              + " slides demo hackathon intern student graduate mentor career promotion hire"
              + " interview salary remote hybrid flexible calm busy tired excited surprised"
              + " curious careful quiet loud fast slow simple hard easy cheap expensive green"
              + " clean safe open honest fair kind brave smart funny weird lovely huge tiny");

  /** Danish words by rough frequency, most common first, for free sentences. */
  static final List<String> DANISH_WORDS =
      words(
          "og i at det er en til på jeg vi med for af har ikke de den som der kan var så men"
              + " om et vores meget min mit også alle når bare nu lige godt her nye hold arbejde"
              + " tid kolleger kunder stolt lært ting hver år dag uge måned først sidste altid"
              + " stadig hinanden sammen projekt kontor siden hjælp start ide lidt ærlig bedre"
              + " sted job problem næste glad læse skrive ven chef møde kaffe morgen skrivebord"
              + " kode test fejl brugere spørgsmål svar plan pris energi vind sol batteri bil"
              + " lager robot pakke levering chauffør havn by tog cykel frokost kage fest"
              + " konference oplæg praktikant studerende mentor karriere løn fleksibel rolig"
              + " travl træt spændt overrasket nysgerrig hurtig langsom enkel svær nem grøn"
              + " ren sikker åben fair venlig modig sjov skøn kæmpe lille hyggelig");

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

  private static List<String> words(String spaced) {
    return List.of(spaced.split(" "));
  }

  private static List<String> phrases(String separated) {
    return List.of(separated.split(" \\| "));
  }
}
