package com.otopair.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.GeoPoint;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline gazetteer places Canadian and US cities and postal codes that the old 28-city list
 * did not know, each within a few kilometres of its real centre and in its own time zone, including
 * the places where a state or province spans two zones.
 */
class GazetteerTest {

  private static final Gazetteer gazetteer = new Gazetteer();

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Trois-Rivières  | CA | 46.343 | -72.543  | America/Toronto
          Kelowna         | CA | 49.888 | -119.496 | America/Vancouver
          Saguenay        | CA | 48.428 | -71.068  | America/Toronto
          Rimouski        | CA | 48.449 | -68.524  | America/Toronto
          Sept-Îles       | CA | 50.212 | -66.376  | America/Toronto
          Moncton         | CA | 46.088 | -64.778  | America/Moncton
          Charlottetown   | CA | 46.238 | -63.131  | America/Halifax
          St. John's      | CA | 47.561 | -52.713  | America/St_Johns
          Labrador City   | CA | 52.944 | -66.911  | America/Goose_Bay
          Whitehorse      | CA | 60.721 | -135.057 | America/Whitehorse
          Yellowknife     | CA | 62.454 | -114.372 | America/Edmonton
          Iqaluit         | CA | 63.748 | -68.517  | America/Iqaluit
          Regina          | CA | 50.445 | -104.619 | America/Regina
          Saskatoon       | CA | 52.133 | -106.670 | America/Regina
          Thunder Bay     | CA | 48.381 | -89.247  | America/Toronto
          Kenora          | CA | 49.767 | -94.489  | America/Winnipeg
          Sudbury         | CA | 46.490 | -80.990  | America/Toronto
          Cranbrook       | CA | 49.512 | -115.769 | America/Edmonton
          Dawson Creek    | CA | 55.760 | -120.235 | America/Dawson_Creek
          Duluth          | US | 46.787 | -92.100  | America/Chicago
          Fargo           | US | 46.877 | -96.790  | America/Chicago
          Sioux Falls     | US | 43.546 | -96.731  | America/Chicago
          Rapid City      | US | 44.080 | -103.231 | America/Denver
          Billings        | US | 45.783 | -108.500 | America/Denver
          Boise           | US | 43.615 | -116.202 | America/Boise
          Coeur d'Alene   | US | 47.677 | -116.780 | America/Los_Angeles
          Ontario, OR     | US | 44.027 | -116.963 | America/Boise
          Anchorage       | US | 61.218 | -149.900 | America/Anchorage
          Honolulu        | US | 21.307 | -157.858 | Pacific/Honolulu
          El Paso         | US | 31.759 | -106.487 | America/Denver
          Pensacola       | US | 30.421 | -87.217  | America/Chicago
          Tallahassee     | US | 30.438 | -84.281  | America/New_York
          Knoxville       | US | 35.961 | -83.921  | America/New_York
          Nashville       | US | 36.162 | -86.781  | America/Chicago
          Louisville      | US | 38.253 | -85.759  | America/Kentucky/Louisville
          Indianapolis    | US | 39.768 | -86.158  | America/Indiana/Indianapolis
          Gary            | US | 41.593 | -87.346  | America/Chicago
          Iron Mountain   | US | 45.820 | -88.066  | America/Menominee
          Marquette       | US | 46.544 | -87.395  | America/Detroit
          Scottsbluff     | US | 41.867 | -103.667 | America/Denver
          Goodland        | US | 39.351 | -101.710 | America/Denver
          Flagstaff       | US | 35.198 | -111.651 | America/Phoenix
          Tuba City       | US | 36.135 | -111.240 | America/Denver
          """)
  void placesACityNearItsCentreInItsTimeZone(
      String city, String country, double latitude, double longitude, String zone) {
    Geocoder.Place place = gazetteer.locate(city, country).orElseThrow();

    assertThat(place.centre().kilometresTo(new GeoPoint(latitude, longitude))).isLessThan(5);
    assertThat(place.timeZone()).isEqualTo(zone);
    assertThat(place.country()).isEqualTo(country);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          83702      | Boise          | ID | 43.615 | -116.202 | America/Boise
          99501      | Anchorage      | AK | 61.218 | -149.900 | America/Anchorage
          96813      | Honolulu       | HI | 21.307 | -157.858 | Pacific/Honolulu
          79901      | El Paso        | TX | 31.759 | -106.487 | America/Denver
          86045      | Tuba City      | AZ | 36.135 | -111.240 | America/Denver
          32501      | Pensacola      | FL | 30.421 | -87.217  | America/Chicago
          40202-1234 | Louisville     | KY | 38.253 | -85.759  | America/Kentucky/Louisville
          46402      | Gary           | IN | 41.593 | -87.346  | America/Chicago
          58102      | Fargo          | ND | 46.877 | -96.790  | America/Chicago
          G9A 5H7    | Trois-Rivières | QC | 46.343 | -72.543  | America/Toronto
          V1Y 1A1    | Kelowna        | BC | 49.888 | -119.496 | America/Vancouver
          A1C 5M2    | St. John's     | NL | 47.561 | -52.713  | America/St_Johns
          X1A 2L9    | Yellowknife    | NT | 62.454 | -114.372 | America/Edmonton
          S4P 3Y2    | Regina         | SK | 50.445 | -104.619 | America/Regina
          s7k1j5     | Saskatoon      | SK | 52.133 | -106.670 | America/Regina
          P7B        | Thunder Bay    | ON | 48.381 | -89.247  | America/Toronto
          Y1A 1B2    | Whitehorse     | YT | 60.721 | -135.057 | America/Whitehorse
          E1C 4M4    | Moncton        | NB | 46.088 | -64.778  | America/Moncton
          C1A        | Charlottetown  | PE | 46.238 | -63.131  | America/Halifax
          """)
  void placesAPostalCodeNearItsPlaceInItsTimeZone(
      String code, String city, String region, double latitude, double longitude, String zone) {
    Geocoder.Place place = gazetteer.locatePostalCode(code).orElseThrow();

    assertThat(place.centre().kilometresTo(new GeoPoint(latitude, longitude))).isLessThan(8);
    assertThat(place.city()).isEqualTo(city);
    assertThat(place.region()).isEqualTo(region);
    assertThat(place.timeZone()).isEqualTo(zone);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "trois-rivieres",
        "TROIS RIVIÈRES",
        " Trois-Rivières ",
        "Trois-Rivières, QC",
        "Trois-Rivières, Québec",
        "Trois Rivieres QC"
      })
  void acceptsAccentsCaseSpacesAndARegion(String typed) {
    assertThat(gazetteer.locate(typed, null))
        .map(Geocoder.Place::label)
        .hasValue("Trois-Rivières, QC");
  }

  @Test
  void readsSaintAndStAlike() {
    assertThat(gazetteer.locate("St-Jean-sur-Richelieu", "CA"))
        .map(Geocoder.Place::city)
        .hasValue("Saint-Jean-sur-Richelieu");
    assertThat(gazetteer.locate("Ste Julie", "CA"))
        .map(Geocoder.Place::city)
        .hasValue("Sainte-Julie");
    assertThat(gazetteer.locate("Saint John's", "CA"))
        .map(Geocoder.Place::city)
        .hasValue("St. John's");
    assertThat(gazetteer.locate("Mont Royal", "CA"))
        .map(Geocoder.Place::city)
        .hasValue("Mont-Royal");
    assertThat(gazetteer.locate("Eleele", "US")).map(Geocoder.Place::city).hasValue("‘Ele‘ele");
    assertThat(gazetteer.locate("Coeur dAlene", "US"))
        .map(Geocoder.Place::city)
        .hasValue("Coeur d'Alene");
  }

  @Test
  void knowsTheNamesPeopleUseForTheOldListsCities() {
    assertThat(gazetteer.locate("Quebec City", "CA")).map(Geocoder.Place::city).hasValue("Québec");
    assertThat(gazetteer.locate("New York", "US"))
        .map(Geocoder.Place::city)
        .hasValue("New York City");
    assertThat(gazetteer.locate("Montreal", "CA"))
        .map(Geocoder.Place::label)
        .hasValue("Montréal, QC");
  }

  @Test
  void prefersTheBiggestPlaceOfANameUnlessTheRegionIsGiven() {
    assertThat(gazetteer.locate("London", null)).map(Geocoder.Place::label).hasValue("London, ON");
    assertThat(gazetteer.locate("London, KY", null))
        .map(Geocoder.Place::label)
        .hasValue("London, KY");
    assertThat(gazetteer.locate("Vancouver", "US"))
        .map(Geocoder.Place::label)
        .hasValue("Vancouver, WA");
    assertThat(gazetteer.locate("Portland, Maine", null))
        .map(Geocoder.Place::label)
        .hasValue("Portland, ME");
  }

  @Test
  void readsCaAfterANameAsCaliforniaAndCanadaSpelledOut() {
    assertThat(gazetteer.locate("Los Angeles, CA", null))
        .map(Geocoder.Place::label)
        .hasValue("Los Angeles, CA");
    assertThat(gazetteer.locate("Moncton, Canada", null))
        .map(Geocoder.Place::label)
        .hasValue("Moncton, NB");
  }

  @Test
  void everyPlaceIsFoundByItsNameAndByItsLabel() {
    assertThat(gazetteer.cities())
        .allSatisfy(
            place -> {
              assertThat(gazetteer.locate(place.city(), place.country())).isPresent();
              // the biggest place of that name there ("Saint Charles, MD" for "St. Charles, MD")
              assertThat(gazetteer.locate(place.label(), null))
                  .map(Geocoder.Place::region)
                  .hasValue(place.region());
            });
  }

  @Test
  void aZipCodeThatTheDataLacksFallsBackToItsNeighbourInTheSameArea() {
    // 83799 is not a ZIP code, but every 837xx lies around Boise.
    assertThat(gazetteer.locatePostalCode("83799")).map(Geocoder.Place::region).hasValue("ID");
  }

  @Test
  void suggestsTheBiggestPlacesStartingWithWhatWasTyped() {
    assertThat(gazetteer.suggest("trois", 5))
        .map(Geocoder.Place::label)
        .startsWith("Trois-Rivières, QC");
    assertThat(gazetteer.suggest("Sask", 3))
        .map(Geocoder.Place::label)
        .first()
        .isEqualTo("Saskatoon, SK");
    assertThat(gazetteer.suggest("St J", 8))
        .map(Geocoder.Place::label)
        .contains("St. John's, NL", "Saint-Jérôme, QC");
    assertThat(gazetteer.suggest("sto", 5)).map(Geocoder.Place::city).contains("Stockton");
    assertThat(gazetteer.suggest("Springfield, I", 5))
        .map(Geocoder.Place::label)
        .containsExactly("Springfield, IL");
    assertThat(gazetteer.suggest("s", 7)).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void placesTheNearestPlaceToAPoint() {
    assertThat(gazetteer.nearest(new GeoPoint(46.35, -72.55)))
        .map(Geocoder.Place::city)
        .hasValue("Trois-Rivières");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        ",",
        "🚗🔧",
        "'; drop table shops; --",
        "\u0000\u0007",
        "H2J 2L4 5",
        "123456",
        "Nowhereville"
      })
  void badInputPlacesNothing(String typed) {
    assertThat(gazetteer.locate(typed, null)).isEmpty();
    assertThat(gazetteer.locate(typed, "CA")).isEmpty();
    assertThat(gazetteer.locatePostalCode(typed)).isEmpty();
    assertThat(gazetteer.suggest(typed, 5).size()).isLessThanOrEqualTo(5);
  }

  @Test
  void hugeInputPlacesNothing() {
    String huge = "Montréal".repeat(63);
    assertThat(huge.length()).isGreaterThan(500);

    assertThat(gazetteer.locate(huge, null)).isEmpty();
    assertThat(gazetteer.locatePostalCode(huge)).isEmpty();
    assertThat(gazetteer.suggest(huge, 5)).isEmpty();
    assertThat(gazetteer.suggest("Montréal", 0)).isEmpty();
    assertThat(gazetteer.locate("Montréal", "FR")).isEmpty();
  }

  @Test
  void everyPlaceAndPostalCodeKeepsATimeZoneOfItsCountry() {
    assertThat(gazetteer.cities()).hasSizeGreaterThan(17_000);
    assertThat(gazetteer.postalCodes()).hasSizeGreaterThan(40_000);
    assertThat(Stream.concat(gazetteer.cities().stream(), gazetteer.postalCodes().stream()))
        .allSatisfy(
            place -> {
              assertThat(ZoneId.of(place.timeZone())).isNotNull();
              assertThat(place.timeZone()).matches("(America|Pacific)/.+");
            });
  }
}
