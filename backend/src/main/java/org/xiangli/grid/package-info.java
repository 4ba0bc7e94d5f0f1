/**
 * Grids (网格) and the grid workers (网格员) who patrol them: the units under a village or community
 * (or a township, when a grid spans villages) and the people serving them. The grid a worker serves
 * is their scope ({@link org.xiangli.security.GridPosts}).
 */
@NullMarked
package org.xiangli.grid;

import org.jspecify.annotations.NullMarked;
