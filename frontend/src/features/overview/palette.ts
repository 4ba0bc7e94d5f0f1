/** Chart colours that read on a control-room screen and keep their meaning across blocks. */
export const palette = {
  budget: '#9fbfae',
  disbursed: '#4f9a74',
  paid: '#1f6f4a',
  pledged: '#e0b35c',
  realised: '#1f6f4a',
  count: '#3b6fb6',
  warning: '#c46a00',
  series: ['#1f6f4a', '#3b6fb6', '#c46a00', '#8c5bb5', '#4f9a74', '#b42318', '#6b7a72'],
}
