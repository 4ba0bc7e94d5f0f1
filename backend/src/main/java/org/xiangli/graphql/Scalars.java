package org.xiangli.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The custom scalars: Date, DateTime (UTC inside, shown with the display zone's offset) and Decimal
 * (exact, as a string on the wire).
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

    @Bean
    RuntimeWiringConfigurer scalarWiring(DisplayZone zone) {
        return wiring -> wiring
                .scalar(scalar("Date", LocalDate.class, LocalDate::toString, LocalDate::parse,
                        "an ISO-8601 date such as 2026-11-23"))
                .scalar(scalar("DateTime", Instant.class,
                        instant -> instant.atZone(zone.zoneId()).toOffsetDateTime().toString(),
                        text -> OffsetDateTime.parse(text).toInstant(),
                        "an ISO-8601 date-time with offset such as 2026-11-23T09:30:00+08:00"))
                .scalar(scalar("Decimal", BigDecimal.class, BigDecimal::toPlainString, Scalars::parseDecimal,
                        "an exact decimal number as a string such as \"2244000.00\""));
    }

    private static BigDecimal parseDecimal(String text) {
        return new BigDecimal(text.trim());
    }

    private static <T> GraphQLScalarType scalar(String name, Class<T> type, Function<T, String> print,
                                               Function<String, T> parse, String expected) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value)) {
                    return print.apply(type.cast(value));
                }
                throw new CoercingSerializeException("Expected " + name);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                    return parseText(text);
                }
                if (type == BigDecimal.class && (input instanceof Integer || input instanceof Long
                        || input instanceof java.math.BigInteger || input instanceof BigDecimal)) {
                    return type.cast(new BigDecimal(input.toString()));
                }
                throw new CoercingParseValueException(name + " must be " + expected);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    try {
                        return parseText(text.getValue());
                    } catch (CoercingParseValueException e) {
                        throw new CoercingParseLiteralException(e.getMessage());
                    }
                }
                throw new CoercingParseLiteralException(name + " must be " + expected);
            }

            private T parseText(String text) {
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw new CoercingParseValueException("'" + text + "' is not " + expected);
                }
            }
        }).build();
    }

    /** The zone in which DateTime values are shown: Asia/Shanghai unless configured otherwise. */
    @ConfigurationProperties("xiangli.display")
    record DisplayZone(String zone) {
        DisplayZone {
            if (zone == null || zone.isBlank()) {
                zone = "Asia/Shanghai";
            }
        }

        ZoneId zoneId() {
            return ZoneId.of(zone);
        }
    }
}
