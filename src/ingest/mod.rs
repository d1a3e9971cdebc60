//! Bytes → readable text: encoding detection (UTF-8, UTF-16 BOM,
//! Windows-1256) and HTML reduction. Takes bytes, never touches the disk.
