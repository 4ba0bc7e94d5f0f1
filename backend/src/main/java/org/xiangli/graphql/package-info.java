/**
 * The shared GraphQL layer every feature builds on: scalars, global ids, Relay paging, the error
 * model and the HTTP error bodies. An open module: any feature may use any of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.xiangli.graphql;

import org.springframework.modulith.ApplicationModule;
