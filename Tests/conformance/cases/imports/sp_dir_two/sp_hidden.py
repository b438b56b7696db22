print('loading sp_hidden from two'); WHERE = 'two'
