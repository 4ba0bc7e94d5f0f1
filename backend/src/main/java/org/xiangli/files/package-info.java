/**
 * Uploaded files, one way: stored on disk under random names with their type sniffed from their
 * first bytes and their size limited ({@link org.xiangli.files.FileStore}). Projects' evidence and
 * matters' photos are kept here; each feature keeps its own rows and decides who may fetch a file.
 */
@NullMarked
package org.xiangli.files;

import org.jspecify.annotations.NullMarked;
