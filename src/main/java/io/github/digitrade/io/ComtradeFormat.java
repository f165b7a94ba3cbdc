package io.github.digitrade.io;

/**
 * UN Comtrade bulk CSV: reporter and partner are UN M49 numeric codes (Comtrade's special areas
 * included), kept as the number without leading zeros; flow and commodity codes are kept as
 * strings; values in US dollars.
 */
final class ComtradeFormat extends FlowFormat {

  static final ComtradeFormat INSTANCE = new ComtradeFormat();

  private ComtradeFormat() {}

  @Override
  public String name() {
    return "comtrade";
  }

  @Override
  public String valueUnit() {
    return "USD";
  }

  @Override
  public ColumnMapping mapping() {
    return ColumnMapping.comtrade();
  }

  @Override
  boolean numericCountries() {
    return true;
  }

  @Override
  boolean integerRows() {
    return false;
  }
}
