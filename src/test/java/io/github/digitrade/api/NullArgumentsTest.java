package io.github.digitrade.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.digitrade.calc.LabeledMatrix;
import io.github.digitrade.calc.LabeledVector;
import io.github.digitrade.model.Classification;
import io.github.digitrade.model.DatedFact;
import io.github.digitrade.model.DigitalNature;
import io.github.digitrade.model.FlowDirection;
import io.github.digitrade.model.Membership;
import io.github.digitrade.model.Money;
import io.github.digitrade.model.Partner;
import io.github.digitrade.model.Period;
import io.github.digitrade.model.ProductCode;
import io.github.digitrade.model.Source;
import io.github.digitrade.model.Status;
import io.github.digitrade.model.TradeFlow;
import io.github.digitrade.model.TradeFlows;
import io.github.digitrade.model.Vintage;
import io.github.digitrade.reference.ChinaDigitalTrade;
import io.github.digitrade.reference.DdsDefinition;
import io.github.digitrade.reference.ExchangeRateSamples;
import io.github.digitrade.reference.PartnerGroups;
import io.github.digitrade.reference.PilotZones;
import io.github.digitrade.reference.Platforms;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Passes {@code null} to every parameter of every public method and constructor of the public types
 * of {@code model}, {@code reference} and {@code calc} that is not declared {@code @Nullable}, the
 * other arguments being valid samples, and expects a {@link NullPointerException} whose message
 * names the parameter.
 */
class NullArgumentsTest {

  private static final List<String> PACKAGES = List.of("model", "reference", "calc");

  private final Map<Class<?>, Object> samples = new HashMap<>();

  NullArgumentsTest() {
    Partner chn = Partner.of("CHN");
    TradeFlow flow =
        TradeFlow.of(
            chn,
            Partner.of("USA"),
            Period.ofYear(2021),
            FlowDirection.EXPORT,
            ProductCode.total(),
            DigitalNature.DIGITALLY_ORDERED,
            Money.of("10", "CNY"));
    samples.put(String.class, "CHN");
    samples.put(CharSequence.class, "CHN");
    samples.put(Object.class, "CHN");
    samples.put(Partner.class, chn);
    samples.put(Period.class, Period.ofYear(2021));
    samples.put(Money.class, Money.of("10", "CNY"));
    samples.put(ProductCode.class, ProductCode.total());
    samples.put(TradeFlow.class, flow);
    samples.put(TradeFlows.class, TradeFlows.of(flow));
    samples.put(LocalDate.class, LocalDate.of(2021, 1, 1));
    samples.put(io.github.digitrade.model.Release.class, io.github.digitrade.model.Release.parse("revised"));
    samples.put(Currency.class, Currency.getInstance("CNY"));
    samples.put(BigDecimal.class, BigDecimal.ONE);
    samples.put(RoundingMode.class, RoundingMode.HALF_EVEN);
    samples.put(Optional.class, Optional.empty());
    samples.put(List.class, List.of());
    samples.put(ImmutableList.class, ImmutableList.of());
    samples.put(Collection.class, List.of());
    samples.put(Iterable.class, List.of());
    samples.put(Function.class, Function.identity());
    samples.put(Predicate.class, (Predicate<Object>) x -> true);
    samples.put(double[].class, new double[] {1, 2});
    samples.put(
        LabeledVector.class, LabeledVector.of(List.of("CHN", "USA"), new double[] {1, 2}));
    samples.put(
        LabeledMatrix.class,
        LabeledMatrix.of(List.of("CHN", "USA"), List.of("A", "B"), new double[] {1, 2, 3, 4}));
    samples.put(io.github.digitrade.model.ExchangeRates.class, ExchangeRateSamples.cnyPerUsd());
    samples.put(Source.class, Source.of("GACC", "Customs statistics"));
    samples.put(Status.class, Status.CONFIRMED);
    samples.put(Vintage.class, Vintage.parse("preliminary"));
    samples.put(
        DatedFact.class, DatedFact.of("27 settlement currencies", "2017", "Alipay", Status.CONFIRMED));
    samples.put(Membership.class, Membership.of(chn, LocalDate.of(2022, 1, 1)));
    samples.put(io.github.digitrade.model.PartnerGroup.class, PartnerGroups.asean());
    PilotZones zones = PilotZones.embedded();
    samples.put(PilotZones.class, zones);
    samples.put(io.github.digitrade.model.PilotZone.class, zones.all().get(0));
    samples.put(PilotZones.Batch.class, zones.batch(1));
    samples.put(io.github.digitrade.model.Platform.class, Platforms.all().get(0));
    samples.put(DdsDefinition.class, DdsDefinition.WTO_MOFCOM);
    samples.put(
        io.github.digitrade.model.MirrorPair.class,
        TradeFlows.of(flow)
            .mirror(chn, Partner.of("USA"), Period.ofYear(2021), ProductCode.total()));
    samples.put(
        io.github.digitrade.model.CustomsMode.class,
        io.github.digitrade.reference.CustomsModes.all().get(0));
    samples.put(
        io.github.digitrade.model.ExchangeRate.class,
        ExchangeRateSamples.cnyPerUsd().all().get(0));
    samples.put(io.github.digitrade.model.RatePeriod.class, io.github.digitrade.model.RatePeriod.same());
    samples.put(
        io.github.digitrade.reference.EbopsItem.class,
        io.github.digitrade.reference.DigitalServices.items().get(0));
    LabeledMatrix presence =
        LabeledMatrix.of(List.of("CHN", "USA"), List.of("A", "B"), new double[] {1, 1, 1, 0});
    samples.put(
        io.github.digitrade.calc.ComplexityFitness.class,
        io.github.digitrade.calc.Complexity.fitness(presence, 10));
    samples.put(
        io.github.digitrade.calc.ComplexityIndices.class,
        io.github.digitrade.calc.Complexity.reflections(presence, 2));
    samples.put(
        io.github.digitrade.calc.Exclusion.class,
        new io.github.digitrade.calc.Exclusion(
            io.github.digitrade.calc.Exclusion.Axis.ROW, "CHN", "zero total"));
    try {
      Money.of("1", "CNY").plus(Money.of("1", "USD"));
    } catch (io.github.digitrade.model.CurrencyMismatchException e) {
      samples.put(io.github.digitrade.model.CurrencyMismatchException.class, e);
    }
    samples.put(io.github.digitrade.calc.Pivot.class, io.github.digitrade.calc.Pivot.create());
    samples.put(java.util.OptionalInt.class, java.util.OptionalInt.empty());
    samples.put(Map.class, Map.of());
    samples.put(Appendable.class, new java.io.StringWriter());
    samples.put(
        io.github.digitrade.reference.PilotZoneCount.class,
        io.github.digitrade.reference.PilotZoneCounts.batch(1));
    samples.put(
        io.github.digitrade.reference.PublishedFigure.class,
        io.github.digitrade.reference.PublishedFigures.all().get(0));
    samples.put(
        io.github.digitrade.calc.ProductSpace.class,
        io.github.digitrade.calc.ProductSpace.of(presence));
    LabeledVector v = LabeledVector.of(List.of("CHN", "USA"), new double[] {1, 2});
    io.github.digitrade.calc.VectorSeries vs =
        io.github.digitrade.calc.VectorSeries.of(Map.of("2021", v, "2022", v));
    samples.put(io.github.digitrade.calc.VectorSeries.class, vs);
    samples.put(io.github.digitrade.calc.PeriodSeries.class, vs);
    LabeledMatrix m =
        LabeledMatrix.of(List.of("CHN", "USA"), List.of("A", "B"), new double[] {1, 2, 3, 4});
    samples.put(
        io.github.digitrade.calc.MatrixSeries.class,
        io.github.digitrade.calc.MatrixSeries.of(Map.of("2021", m)));
    samples.put(
        io.github.digitrade.calc.ComplexitySeries.class,
        io.github.digitrade.calc.ComplexitySeries.of(
            Map.of("2021", io.github.digitrade.calc.Complexity.reflections(presence, 2))));
  }

  @Test
  void everyNonNullableParameterRejectsNullWithItsName() throws Exception {
    List<String> failures = new ArrayList<>();
    List<String> unsampled = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : publicTypes()) {
      List<Executable> executables = new ArrayList<>();
      executables.addAll(List.of(type.getDeclaredMethods()));
      executables.addAll(List.of(type.getDeclaredConstructors()));
      executables.sort(Comparator.comparing(Executable::toGenericString));
      for (Executable e : executables) {
        if (!Modifier.isPublic(e.getModifiers()) || e.isSynthetic() || isEnumValueOf(type, e)) {
          continue;
        }
        boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
        Object receiver = isStatic ? null : sample(type);
        if (!isStatic && receiver == null) {
          unsampled.add(type.getName() + " (receiver of " + e.getName() + ")");
          continue;
        }
        Parameter[] params = e.getParameters();
        Object[] args = new Object[params.length];
        boolean complete = true;
        for (int i = 0; i < params.length; i++) {
          args[i] = params[i].getType().isPrimitive() ? primitive(params[i].getType()) : sample(params[i].getType());
          if (args[i] == null) {
            unsampled.add(params[i].getType().getName() + " (in " + e + ")");
            complete = false;
          }
        }
        if (!complete) {
          continue;
        }
        for (int i = 0; i < params.length; i++) {
          Parameter p = params[i];
          if (p.getType().isPrimitive()
              || p.getAnnotatedType().isAnnotationPresent(Nullable.class)
              || isEqualsParameter(e)) {
            continue;
          }
          Object[] withNull = args.clone();
          withNull[i] = null;
          checked++;
          String problem = invoke(e, receiver, withNull, p.getName());
          if (problem != null) {
            failures.add(e.toGenericString() + " with " + p.getName() + " = null: " + problem);
          }
        }
      }
    }
    assertThat(unsampled).as("parameter types without a sample").isEmpty();
    assertThat(failures).as("of %d null arguments", checked).isEmpty();
    assertThat(checked).as("null arguments checked").isGreaterThan(300);
  }

  /** {@code Enum.valueOf(String)} is written by the compiler; its message is the JDK's. */
  private static boolean isEnumValueOf(Class<?> type, Executable e) {
    return type.isEnum() && e.getName().equals("valueOf") && e.getParameterCount() == 1;
  }

  private static boolean isEqualsParameter(Executable e) {
    return e.getName().equals("equals") && e.getParameterCount() == 1;
  }

  private static @Nullable String invoke(
      Executable e, @Nullable Object receiver, Object[] args, String name) {
    try {
      if (e instanceof Method m) {
        m.invoke(receiver, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
      return "accepted";
    } catch (InvocationTargetException ex) {
      Throwable cause = Objects.requireNonNull(ex.getCause());
      if (!(cause instanceof NullPointerException)) {
        return cause.toString();
      }
      String message = cause.getMessage();
      // the parameter's name alone (Objects.requireNonNull(x, "x")), not a helpful-NPE sentence
      if (message == null
          || !(message.equals(name) || message.startsWith(name + "[") || message.startsWith(name + ":"))) {
        return "NullPointerException without the parameter name: " + message;
      }
      return null;
    } catch (ReflectiveOperationException ex) {
      return ex.toString();
    }
  }

  private @Nullable Object sample(Class<?> type) {
    Object s = samples.get(type);
    if (s != null) {
      return s;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      Object sampleElement = sample(type.getComponentType());
      Object array = Array.newInstance(type.getComponentType(), sampleElement == null ? 0 : 1);
      if (sampleElement != null) {
        Array.set(array, 0, sampleElement);
      }
      return array;
    }
    return null;
  }

  private static Object primitive(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == double.class) {
      return 1.0;
    }
    throw new IllegalArgumentException("primitive " + type);
  }

  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : PACKAGES) {
      URL root = Money.class.getProtectionDomain().getCodeSource().getLocation();
      Path dir = Paths.get(root.toURI()).resolve("io/github/digitrade/" + pkg);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".class") || name.startsWith("Immutable") || name.equals("package-info.class")) {
            continue;
          }
          String className =
              "io.github.digitrade." + pkg + "." + name.substring(0, name.length() - 6).replace('$', '.');
          Class<?> c = load("io.github.digitrade." + pkg + "." + name.substring(0, name.length() - 6));
          if (c != null && isPublicApi(c)) {
            types.add(c);
          }
          Objects.requireNonNull(className);
        }
      }
    }
    return types;
  }

  private static @Nullable Class<?> load(String binaryName) {
    try {
      return Class.forName(binaryName);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isSynthetic();
  }
}
