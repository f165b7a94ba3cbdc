package io.github.digitrade.io;

/** digitrade's tidy CSV, or a long CSV file with configurable columns. */
final class TidyFormat extends FlowFormat {

  static final TidyFormat DEFAULT = new TidyFormat(ColumnMapping.tidy());

  private final ColumnMapping mapping;

  TidyFormat(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public String name() {
    return "tidy";
  }

  @Override
  public String valueUnit() {
    return "units of the file";
  }

  @Override
  public ColumnMapping mapping() {
    return mapping;
  }

  @Override
  boolean numericCountries() {
    return false;
  }

  @Override
  boolean integerRows() {
    return false;
  }
}
