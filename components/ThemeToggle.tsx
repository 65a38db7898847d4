/** Light/dark switch in the header. (Placeholder: the site follows the system setting.) */
export function ThemeToggle() {
  return null;
}
