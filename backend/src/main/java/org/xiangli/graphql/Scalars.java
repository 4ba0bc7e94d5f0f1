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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The custom scalars: Date, DateTime (UTC inside, shown in the counties' zone, +08:00: {@link CountyCalendar}) and Decimal
 * (exact, as a string on the wire).
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

    @Bean
    RuntimeWiringConfigurer scalarWiring() {
        return wiring -> wiring
                .scalar(scalar("Date", LocalDate.class, LocalDate::toString, LocalDate::parse,
                        "an ISO-8601 date such as 2026-11-23"))
                .scalar(scalar("DateTime", Instant.class,
                        CountyCalendar::shown,
                        text -> OffsetDateTime.parse(text).toInstant(),
                        "an ISO-8601 date-time with offset such as 2026-11-23T09:30:00+08:00"))
                .scalar(scalar("Decimal", BigDecimal.class, Scalars::printDecimal, Scalars::parseDecimal,
                        "an exact decimal number as a string such as \"2244000.00\""));
    }

    /**
     * Every Decimal is stored with two decimal places (yuan and fen, shares in percent): it is shown
     * so too, whether it was just written (as the client sent it, "500000") or read back ("500000.00").
     */
    private static String printDecimal(BigDecimal value) {
        return (value.scale() < SCALE ? value.setScale(SCALE) : value).toPlainString();
    }

    /** As sent: inputs with more places than the database keeps are refused by their @Digits, naming the field. */
    private static BigDecimal parseDecimal(String text) {
        return new BigDecimal(text.trim());
    }

    private static final int SCALE = 2;

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
                    return parseText(input.toString());
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
}
